package org.occtensor.xray.testsupport;

/** Agreement statistics between two sets of amplitudes. */
public final class Agreement {

    private Agreement() {
    }

    /** Pearson correlation of a and b. */
    public static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** R = sum |a - b| / sum |reference|, without scaling. */
    public static double rFactor(double[] a, double[] reference) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += Math.abs(a[i] - reference[i]);
            den += Math.abs(reference[i]);
        }
        return num / den;
    }

    public static double[] amplitudes(double[] real, double[] imag) {
        double[] f = new double[real.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.hypot(real[i], imag[i]);
        }
        return f;
    }
}
