package org.occtensor.grouping.altloc.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.occtensor.core.api.AtomTable;

/** Group labels and message fragments in the form crystallographers read: {@code A/GLU 52A altloc B}. */
final class Labels {

    private Labels() {
    }

    /** Returns {@code A/GLU 52A} for the residue of {@code atom}, with its residue name. */
    static String residue(AtomTable atoms, int atom) {
        return atoms.chainId(atom) + "/" + atoms.residueName(atom) + " " + number(atoms, atom) + model(atoms, atom);
    }

    /** Returns {@code A/GLU 52A altloc B}; the residue name is that of the conformer's first atom. */
    static String conformer(AtomTable atoms, int firstAtom, char id) {
        return residue(atoms, firstAtom) + " altloc " + id;
    }

    /**
     * Returns {@code A/LEU 30-35 altloc A} for a linked run; the residue name is that of the run's
     * first residue.
     */
    static String run(AtomTable atoms, int firstAtom, int lastAtom, char id) {
        return range(atoms, firstAtom, lastAtom) + " altloc " + id;
    }

    /** Returns {@code A/LEU 30-35} for the residues from {@code firstAtom} to {@code lastAtom}. */
    static String range(AtomTable atoms, int firstAtom, int lastAtom) {
        return atoms.chainId(firstAtom) + "/" + atoms.residueName(firstAtom) + " " + number(atoms, firstAtom)
                + "-" + number(atoms, lastAtom) + model(atoms, firstAtom);
    }

    static String ids(Set<Character> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String occupancy(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Returns the occupancy as read, with no digits added or dropped ({@code 0.48}, {@code 0.333}). */
    static String exactOccupancy(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String number(AtomTable atoms, int atom) {
        char code = atoms.insertionCode(atom);
        return code == ' ' ? Integer.toString(atoms.residueNumber(atom)) : atoms.residueNumber(atom) + String.valueOf(code);
    }

    private static String model(AtomTable atoms, int atom) {
        return atoms.model(atom) == 1 ? "" : " model " + atoms.model(atom);
    }
}
