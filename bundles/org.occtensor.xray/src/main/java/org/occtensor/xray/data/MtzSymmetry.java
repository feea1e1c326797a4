package org.occtensor.xray.data;

import java.util.List;

/**
 * The SYMINF record and the SYMM operators of an MTZ header.
 *
 * @param operatorCount          number of symmetry operators, centring included
 * @param primitiveOperatorCount number of primitive operators
 * @param latticeType            lattice letter (P, A, B, C, I, F, R, H)
 * @param number                 space group number (CCP4 numbering)
 * @param name                   space group name as written, e.g. "P212121" or "P 21 21 21"
 * @param pointGroup             point group name as written, e.g. "PG222" or "222"
 * @param operators              SYMM operators as written, e.g. "X+1/2, -Y+1/2, -Z"
 */
public record MtzSymmetry(int operatorCount, int primitiveOperatorCount, char latticeType, int number, String name,
                          String pointGroup, List<String> operators) {

    public MtzSymmetry {
        operators = List.copyOf(operators);
    }
}
