package org.occtensor.xray.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Centric flags and epsilon factors computed from the rotation parts of the operators a file lists,
 * for files whose space group symbol the table does not know. Centring operators repeat rotations,
 * so each rotation is counted once.
 */
public final class OperatorCentricity implements CentricityProvider {

    private final List<int[]> rotations = new ArrayList<>();

    /** @param operators all operators of the space group (centring included or not) */
    public OperatorCentricity(List<SymOp> operators) {
        if (operators.isEmpty()) {
            throw new IllegalArgumentException("no symmetry operators");
        }
        for (SymOp operator : operators) {
            int[] rotation = operator.rotation();
            if (rotations.stream().noneMatch(r -> Arrays.equals(r, rotation))) {
                rotations.add(rotation);
            }
        }
    }

    /** Returns the number of distinct rotations, the order of the point group. */
    public int pointGroupOrder() {
        return rotations.size();
    }

    @Override
    public boolean isCentric(int h, int k, int l) {
        for (int[] r : rotations) {
            if (maps(r, h, k, l, -1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int epsilon(int h, int k, int l) {
        int count = 0;
        for (int[] r : rotations) {
            if (maps(r, h, k, l, 1)) {
                count++;
            }
        }
        return count;
    }

    /** Returns true when h R equals sign * h. */
    private static boolean maps(int[] r, int h, int k, int l, int sign) {
        return h * r[0] + k * r[3] + l * r[6] == sign * h
                && h * r[1] + k * r[4] + l * r[7] == sign * k
                && h * r[2] + k * r[5] + l * r[8] == sign * l;
    }
}
