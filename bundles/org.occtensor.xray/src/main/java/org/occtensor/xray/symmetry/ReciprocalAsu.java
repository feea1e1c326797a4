package org.occtensor.xray.symmetry;

import java.util.List;

/**
 * The reciprocal-space asymmetric unit of a space group: maps a Miller index to the one
 * representative of its symmetry and Friedel orbit.
 *
 * <p>Settings whose rotations are those of the reference setting use the CCP4 rules
 * ({@link AsuCondition}), so indices agree with CCP4 and gemmi. NOTE: other settings (unique axis c,
 * rhombohedral axes) would need a change of basis for the CCP4 rules. They use the lexicographically
 * largest member of the orbit instead, which is canonical but not CCP4's choice.
 */
public final class ReciprocalAsu {

    private final List<SymOp> rotations;
    private final AsuCondition condition;

    ReciprocalAsu(List<SymOp> rotations, AsuCondition condition) {
        this.rotations = List.copyOf(rotations);
        this.condition = condition;
    }

    /** True when the CCP4 rules apply to this setting, false when the lexicographic fallback is used. */
    public boolean followsCcp4() {
        return condition != null;
    }

    /** Returns the condition in CCP4 form, or a description of the fallback rule. */
    public String description() {
        return condition != null ? condition.text() : "lexicographically largest of the orbit (non-reference setting)";
    }

    public boolean contains(int h, int k, int l) {
        if (condition != null) {
            return condition.test(h, k, l);
        }
        int[] representative = toAsu(h, k, l);
        return representative[0] == h && representative[1] == k && representative[2] == l;
    }

    /** Returns the representative of h in the asymmetric unit (a new array). */
    public int[] toAsu(int h, int k, int l) {
        int[] best = null;
        for (SymOp op : rotations) {
            int[] image = op.applyToIndex(h, k, l);
            for (int sign = 1; sign >= -1; sign -= 2) {
                int a = sign * image[0];
                int b = sign * image[1];
                int c = sign * image[2];
                if (condition != null) {
                    if (condition.test(a, b, c)) {
                        return new int[] {a, b, c};
                    }
                } else if (best == null || isLexicographicallyLarger(a, b, c, best)) {
                    best = new int[] {a, b, c};
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no member of the orbit of (" + h + "," + k + "," + l
                    + ") satisfies " + condition.text());
        }
        return best;
    }

    private static boolean isLexicographicallyLarger(int a, int b, int c, int[] than) {
        if (a != than[0]) {
            return a > than[0];
        }
        if (b != than[1]) {
            return b > than[1];
        }
        return c > than[2];
    }
}
