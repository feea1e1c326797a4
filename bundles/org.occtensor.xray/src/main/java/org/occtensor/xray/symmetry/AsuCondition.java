package org.occtensor.xray.symmetry;

/**
 * The CCP4 rules for the reciprocal-space asymmetric unit of each Laue class, written for the
 * reference setting of the space group (the conditions are those of CCP4's symlib as gemmi 0.5.7's
 * ReciprocalAsu states them; Friedel mates count as equivalent).
 */
enum AsuCondition {
    TRICLINIC("l>0 or (l=0 and (h>0 or (h=0 and k>=0)))") {
        @Override
        boolean test(int h, int k, int l) {
            return l > 0 || (l == 0 && (h > 0 || (h == 0 && k >= 0)));
        }
    },
    MONOCLINIC("k>=0 and (l>0 or (l=0 and h>=0))") {
        @Override
        boolean test(int h, int k, int l) {
            return k >= 0 && (l > 0 || (l == 0 && h >= 0));
        }
    },
    ORTHORHOMBIC("h>=0 and k>=0 and l>=0") {
        @Override
        boolean test(int h, int k, int l) {
            return h >= 0 && k >= 0 && l >= 0;
        }
    },
    TETRAGONAL_LOW("l>=0 and ((h>=0 and k>0) or (h=0 and k=0))") {
        @Override
        boolean test(int h, int k, int l) {
            return l >= 0 && ((h >= 0 && k > 0) || (h == 0 && k == 0));
        }
    },
    TETRAGONAL_OR_HEXAGONAL_HIGH("h>=k and k>=0 and l>=0") {
        @Override
        boolean test(int h, int k, int l) {
            return h >= k && k >= 0 && l >= 0;
        }
    },
    TRIGONAL_LOW("(h>=0 and k>0) or (h=0 and k=0 and l>=0)") {
        @Override
        boolean test(int h, int k, int l) {
            return (h >= 0 && k > 0) || (h == 0 && k == 0 && l >= 0);
        }
    },
    TRIGONAL_3M1("h>=k and k>=0 and (h>k or l>=0)") {
        @Override
        boolean test(int h, int k, int l) {
            return h >= k && k >= 0 && (h > k || l >= 0);
        }
    },
    TRIGONAL_31M("h>=k and k>=0 and (k>0 or l>=0)") {
        @Override
        boolean test(int h, int k, int l) {
            return h >= k && k >= 0 && (k > 0 || l >= 0);
        }
    },
    CUBIC_LOW("h>=0 and ((l>=h and k>h) or (l=h and k=h))") {
        @Override
        boolean test(int h, int k, int l) {
            return h >= 0 && ((l >= h && k > h) || (l == h && k == h));
        }
    },
    CUBIC_HIGH("k>=l and l>=h and h>=0") {
        @Override
        boolean test(int h, int k, int l) {
            return k >= l && l >= h && h >= 0;
        }
    };

    private final String text;

    AsuCondition(String text) {
        this.text = text;
    }

    abstract boolean test(int h, int k, int l);

    /** The condition as written in the table, e.g. {@code h>=0 and k>=0 and l>=0}. */
    String text() {
        return text;
    }

    static AsuCondition parse(String text) {
        for (AsuCondition condition : values()) {
            if (condition.text.equals(text)) {
                return condition;
            }
        }
        throw new IllegalArgumentException("unknown asymmetric-unit condition '" + text + "'");
    }
}
