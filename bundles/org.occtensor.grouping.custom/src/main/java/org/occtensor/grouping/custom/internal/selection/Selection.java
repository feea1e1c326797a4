package org.occtensor.grouping.custom.internal.selection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.occtensor.core.api.AtomTable;

/** A parsed selection: a test on one atom of a model. */
public sealed interface Selection {

    /** Residue names that {@code water} selects. */
    Set<String> WATER_NAMES = Set.of("HOH", "WAT", "H2O", "DOD", "D2O");

    boolean matches(AtomTable atoms, int atom);

    /** Every atom. */
    record All() implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return true;
        }
    }

    /** Atoms of HETATM records. */
    record Hetero() implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return atoms.isHetero(atom);
        }
    }

    /** Atoms of residues named like water ({@link #WATER_NAMES}). */
    record Water() implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return WATER_NAMES.contains(atoms.residueName(atom).toUpperCase(Locale.ROOT));
        }
    }

    /** Atoms whose chain id equals {@code id}; chain ids are case-sensitive because 'a' and 'A' are two chains. */
    record Chain(String id) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return atoms.chainId(atom).equals(id);
        }
    }

    /** Atoms whose residue id lies in {@code [low, high]} in the order of {@link ResidueId}. */
    record ResidueRange(ResidueId low, ResidueId high) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            ResidueId id = new ResidueId(atoms.residueNumber(atom), atoms.insertionCode(atom));
            return id.compareTo(low) >= 0 && id.compareTo(high) <= 0;
        }
    }

    /** Atoms whose residue name matches a case-insensitive pattern with {@code *} and {@code ?} wildcards. */
    record ResidueName(Pattern pattern) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return pattern.matcher(atoms.residueName(atom)).matches();
        }
    }

    /** Atoms whose name matches a case-insensitive pattern with {@code *} and {@code ?} wildcards. */
    record AtomName(Pattern pattern) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return pattern.matcher(atoms.name(atom)).matches();
        }
    }

    /** Atoms whose altloc id equals {@code id}; ids are case-sensitive and {@code ' '} is blank. */
    record Altloc(char id) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return atoms.altloc(atom) == id;
        }
    }

    /** Atoms whose element symbol equals {@code symbol}, ignoring case. */
    record Element(String symbol) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return atoms.element(atom).equalsIgnoreCase(symbol);
        }
    }

    record Not(Selection inner) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return !inner.matches(atoms, atom);
        }
    }

    record And(Selection left, Selection right) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return left.matches(atoms, atom) && right.matches(atoms, atom);
        }
    }

    record Or(Selection left, Selection right) implements Selection {
        @Override
        public boolean matches(AtomTable atoms, int atom) {
            return left.matches(atoms, atom) || right.matches(atoms, atom);
        }
    }
}
