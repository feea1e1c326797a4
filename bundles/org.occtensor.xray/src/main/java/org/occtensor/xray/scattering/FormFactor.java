package org.occtensor.xray.scattering;

/**
 * X-ray form factor of one atom or ion as four Gaussians and a constant,
 * {@code f0(s) = sum_i a_i exp(-b_i s^2) + c} with s = sin(theta)/lambda in inverse angstrom
 * (International Tables for Crystallography Vol. C, 1992, Table 6.1.1.4).
 *
 * @param label element or ion as the table names it ("C", "Fe2+", "O1-")
 * @param a     the four amplitudes a_i in electrons
 * @param b     the four widths b_i in square angstrom
 * @param c     the constant in electrons
 */
public record FormFactor(String label, double[] a, double[] b, double c) {

    public FormFactor {
        if (a.length != 4 || b.length != 4) {
            throw new IllegalArgumentException("form factor " + label + " needs 4 a and 4 b coefficients");
        }
        a = a.clone();
        b = b.clone();
    }

    /** Returns f0 in electrons at {@code stol2} = (sin(theta)/lambda)^2 in inverse square angstrom. */
    public double value(double stol2) {
        double f = c;
        for (int i = 0; i < 4; i++) {
            f += a[i] * Math.exp(-b[i] * stol2);
        }
        return f;
    }

    /** f0 at s = 0: the number of electrons of the atom or ion. */
    public double electrons() {
        return a[0] + a[1] + a[2] + a[3] + c;
    }

    @Override
    public double[] a() {
        return a.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }
}
