package org.occtensor.xray.symmetry;

import java.util.Arrays;

/**
 * A crystallographic symmetry operator on fractional coordinates, {@code x' = R x + t}, kept exact:
 * R as integers (row-major) and t in units of 1/{@link #DENOMINATOR} of a cell edge.
 */
public final class SymOp {

    /** Denominator of the translations; 24 covers the 1/2, 1/3, 1/4 and 1/6 of every space group. */
    public static final int DENOMINATOR = 24;

    private static final SymOp IDENTITY = new SymOp(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new int[3]);

    private final int[] rotation;
    private final int[] translation;

    private SymOp(int[] rotation, int[] translation) {
        this.rotation = rotation;
        this.translation = translation;
    }

    /**
     * Creates an operator.
     *
     * @param rotation    R row-major, 9 integers (copied)
     * @param translation t in 1/24 of a cell edge, 3 integers (copied, reduced to [0, 24))
     */
    public static SymOp of(int[] rotation, int[] translation) {
        if (rotation.length != 9 || translation.length != 3) {
            throw new IllegalArgumentException("rotation needs 9 and translation 3 values, got "
                    + rotation.length + " and " + translation.length);
        }
        int[] t = new int[3];
        for (int i = 0; i < 3; i++) {
            t[i] = Math.floorMod(translation[i], DENOMINATOR);
        }
        return new SymOp(rotation.clone(), t);
    }

    public static SymOp identity() {
        return IDENTITY;
    }

    /**
     * Parses a coordinate triplet such as {@code -y+2/3,x-y+1/3,z+1/3} or {@code 1/2+x,y,-z}.
     *
     * @throws IllegalArgumentException naming the triplet when it is not a valid operator
     */
    public static SymOp parse(String triplet) {
        String[] parts = triplet.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': expected 3 comma-separated parts");
        }
        int[] rotation = new int[9];
        int[] translation = new int[3];
        for (int row = 0; row < 3; row++) {
            parseRow(triplet, parts[row].replace(" ", "").toLowerCase(), row, rotation, translation);
        }
        return of(rotation, translation);
    }

    private static void parseRow(String triplet, String text, int row, int[] rotation, int[] translation) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': empty part " + (row + 1));
        }
        int pos = 0;
        while (pos < text.length()) {
            int sign = 1;
            char ch = text.charAt(pos);
            if (ch == '+' || ch == '-') {
                sign = ch == '-' ? -1 : 1;
                pos++;
            }
            if (pos >= text.length()) {
                throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': dangling sign in '" + text + "'");
            }
            ch = text.charAt(pos);
            if (ch >= 'x' && ch <= 'z') {
                rotation[3 * row + (ch - 'x')] += sign;
                pos++;
                continue;
            }
            int end = pos;
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '/'
                    || text.charAt(end) == '.')) {
                end++;
            }
            if (end == pos) {
                throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': unexpected '"
                        + ch + "' in '" + text + "'");
            }
            double value = parseNumber(triplet, text.substring(pos, end));
            if (end < text.length() && text.charAt(end) == '*') {
                throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': scaled axes are not supported");
            }
            double scaled = value * DENOMINATOR;
            long rounded = Math.round(scaled);
            if (Math.abs(scaled - rounded) > 1e-6) {
                throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': translation "
                        + value + " is not a multiple of 1/" + DENOMINATOR);
            }
            translation[row] += sign * (int) rounded;
            pos = end;
        }
    }

    private static double parseNumber(String triplet, String token) {
        try {
            int slash = token.indexOf('/');
            if (slash < 0) {
                return Double.parseDouble(token);
            }
            return Double.parseDouble(token.substring(0, slash)) / Double.parseDouble(token.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid symmetry operator '" + triplet + "': bad number '" + token + "'", e);
        }
    }

    /** Returns R(i, j), row-major. */
    public int rotation(int i, int j) {
        return rotation[3 * i + j];
    }

    /** Returns a copy of R, row-major. */
    public int[] rotation() {
        return rotation.clone();
    }

    /** Returns the translation along axis i in 1/24 of a cell edge, in [0, 24). */
    public int translationNumerator(int i) {
        return translation[i];
    }

    /** Returns t in fractions of the cell edges, each in [0, 1). */
    public double[] translation() {
        return new double[] {translation[0] / (double) DENOMINATOR, translation[1] / (double) DENOMINATOR,
                translation[2] / (double) DENOMINATOR};
    }

    /** Returns the composition {@code this * other}: first other, then this. */
    public SymOp times(SymOp other) {
        int[] r = new int[9];
        int[] t = new int[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += rotation[3 * i + k] * other.rotation[3 * k + j];
                }
                r[3 * i + j] = sum;
            }
            int shift = translation[i];
            for (int k = 0; k < 3; k++) {
                shift += rotation[3 * i + k] * other.translation[k];
            }
            t[i] = shift;
        }
        return of(r, t);
    }

    /** Returns this operator followed by the lattice translation {@code centring} (in 1/24). */
    public SymOp plusTranslation(int[] centring) {
        return of(rotation, new int[] {translation[0] + centring[0], translation[1] + centring[1],
                translation[2] + centring[2]});
    }

    /** Applies the operator to fractional coordinates; writes {@code out} (may alias nothing else). */
    public void apply(double[] fractional, double[] out) {
        for (int i = 0; i < 3; i++) {
            out[i] = rotation[3 * i] * fractional[0] + rotation[3 * i + 1] * fractional[1]
                    + rotation[3 * i + 2] * fractional[2] + translation[i] / (double) DENOMINATOR;
        }
    }

    /** Returns the reflection image {@code h R} (that is R^T h), the index whose phase picks up {@code h.t}. */
    public int[] applyToIndex(int h, int k, int l) {
        return new int[] {
            h * rotation[0] + k * rotation[3] + l * rotation[6],
            h * rotation[1] + k * rotation[4] + l * rotation[7],
            h * rotation[2] + k * rotation[5] + l * rotation[8]};
    }

    /** Returns {@code h.t} in 1/24 of a cycle (not reduced). */
    public int phaseShiftNumerator(int h, int k, int l) {
        return h * translation[0] + k * translation[1] + l * translation[2];
    }

    /** Formats the operator as a triplet, e.g. {@code -y,x-y,z+1/3}. */
    public String triplet() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                sb.append(',');
            }
            int start = sb.length();
            for (int j = 0; j < 3; j++) {
                int c = rotation[3 * i + j];
                if (c == 0) {
                    continue;
                }
                if (c < 0) {
                    sb.append('-');
                } else if (sb.length() > start) {
                    sb.append('+');
                }
                if (Math.abs(c) != 1) {
                    sb.append(Math.abs(c)).append('*');
                }
                sb.append((char) ('x' + j));
            }
            if (translation[i] != 0) {
                int g = gcd(translation[i], DENOMINATOR);
                if (sb.length() > start) {
                    sb.append('+');
                }
                sb.append(translation[i] / g).append('/').append(DENOMINATOR / g);
            }
            if (sb.length() == start) {
                sb.append('0');
            }
        }
        return sb.toString();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymOp other && Arrays.equals(rotation, other.rotation)
                && Arrays.equals(translation, other.translation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(rotation) + Arrays.hashCode(translation);
    }

    @Override
    public String toString() {
        return triplet();
    }
}
