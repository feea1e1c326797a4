package org.occtensor.xray.scaling;

import java.util.Arrays;
import java.util.List;

import org.occtensor.xray.symmetry.SymOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits bulk solvent and overall scales in resolution bins, after the fast scheme of Afonine et al.
 * (2013), Acta Cryst. D69, 625-634, as cctbx's mmtbx.bulk_solvent.scaler implements it:
 * F_model = k_iso(s) k_exp(s) k_aniso(h) (F_calc + k_mask(s) F_mask).
 *
 * <p>Each cycle searches k_mask per bin on a grid with the least-squares scale of the bin, smooths
 * the bin values, interpolates them linearly in s^2, refits the per-bin isotropic scale, and fits the
 * overall exponential k exp(-B s^2/4) and the anisotropic scale; a step is kept only when it lowers
 * R on the fitting set. Cycles stop when R changes by less than 1e-4.
 */
public final class BulkSolventScaler {

    private static final Logger LOG = LoggerFactory.getLogger(BulkSolventScaler.class);

    private static final int MAX_CYCLES = 20;
    private static final double CONVERGENCE = 1e-4;
    private static final double K_MASK_STEP = 0.01;
    /** Below this resolution (angstrom) a bin whose k_mask is 0 ends the solvent contribution. */
    private static final double SOLVENT_RESOLUTION_LIMIT = 3.0;

    private final ScalingData data;
    private final ResolutionBins bins;
    private final AnisotropicScale anisotropic;
    private final double[] kMask;
    private final double[] kBin;
    private final double[] kExp;
    private final double[] kAniso;
    private final int[][] fitMembers;
    private double[] kMaskBin;
    private double[] uStar = new double[6];

    private BulkSolventScaler(ScalingData data, ResolutionBins bins, List<SymOp> rotations) {
        this.data = data;
        this.bins = bins;
        this.anisotropic = new AnisotropicScale(rotations);
        int n = data.size();
        this.kMask = new double[n];
        this.kBin = new double[n];
        this.kExp = new double[n];
        this.kAniso = new double[n];
        Arrays.fill(kBin, 1.0);
        Arrays.fill(kExp, 1.0);
        Arrays.fill(kAniso, 1.0);
        this.kMaskBin = new double[bins.count()];
        this.fitMembers = fitMembers(data, bins);
    }

    /** Indices of the fitting reflections of each bin. */
    private static int[][] fitMembers(ScalingData data, ResolutionBins bins) {
        int[] counts = new int[bins.count()];
        for (int i = 0; i < data.size(); i++) {
            if (data.fit()[i]) {
                counts[bins.binOf(i)]++;
            }
        }
        int[][] members = new int[bins.count()][];
        for (int b = 0; b < members.length; b++) {
            members[b] = new int[counts[b]];
        }
        int[] next = new int[bins.count()];
        for (int i = 0; i < data.size(); i++) {
            if (data.fit()[i]) {
                int b = bins.binOf(i);
                members[b][next[b]++] = i;
            }
        }
        return members;
    }

    /**
     * Fits the scales.
     *
     * @param rotations the point-group rotations (coset representatives of the space group)
     */
    public static Scales fit(ScalingData data, ResolutionBins bins, List<SymOp> rotations) {
        BulkSolventScaler scaler = new BulkSolventScaler(data, bins, rotations);
        return scaler.run();
    }

    private Scales run() {
        double r = rFactor(kMask, kBin, kExp, kAniso);
        LOG.debug("bulk solvent and scaling: start R {}", r);
        for (int repeat = 0; repeat < 2; repeat++) {
            r = fitExponential(r);
            r = searchMask(r, true);
            r = fitExponential(r);
        }
        r = fitAnisotropic(r);
        for (int cycle = 1; cycle < MAX_CYCLES; cycle++) {
            double start = r;
            r = searchMask(r, false);
            r = fitAnisotropic(r);
            LOG.debug("bulk solvent and scaling: cycle {} R {}", cycle, r);
            if (start - r < CONVERGENCE) {
                break;
            }
        }
        applyOverallScale();
        r = rFactor(kMask, kBin, kExp, kAniso);

        double[] kIsotropic = new double[data.size()];
        for (int i = 0; i < kIsotropic.length; i++) {
            kIsotropic[i] = kBin[i] * kExp[i];
        }
        double[] flat = flatModelSummary();
        return new Scales(kMask.clone(), kIsotropic, kAniso.clone(), bins, kMaskPerBinReported(), uStar.clone(),
                flat[0], flat[1], r);
    }

    /** R on the fitting set for trial factors. */
    private double rFactor(double[] mask, double[] bin, double[] exp, double[] aniso) {
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < data.size(); i++) {
            if (data.fit()[i]) {
                double model = bin[i] * exp[i] * aniso[i] * data.modelAmplitude(i, mask[i]);
                num += Math.abs(data.fobs()[i] - model);
                den += data.fobs()[i];
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /**
     * Fits k exp(-B s^2/4) to F_obs over the current model (all other factors applied): B on a 1 A^2
     * grid from -100 to 100 with the least-squares k, then refined by golden-section search.
     */
    private double fitExponential(double rStart) {
        int[] members = allFitMembers();
        double[] model = new double[members.length];
        double[] stol2 = new double[members.length];
        double[] fobs = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            int i = members[m];
            model[m] = kBin[i] * kAniso[i] * data.modelAmplitude(i, kMask[i]);
            stol2[m] = data.stol2(i);
            fobs[m] = data.fobs()[i];
        }
        double bestB = gridSearchB(model, stol2, fobs);
        double b = GoldenSection.minimize(x -> exponentialR(model, stol2, fobs, x), bestB - 1.0, bestB + 1.0, 30);
        double k = exponentialScale(model, stol2, fobs, b);
        double[] trial = new double[data.size()];
        for (int i = 0; i < trial.length; i++) {
            trial[i] = k * Math.exp(-b * data.stol2(i));
        }
        double r = rFactor(kMask, kBin, trial, kAniso);
        if (r < rStart) {
            System.arraycopy(trial, 0, kExp, 0, trial.length);
            return r;
        }
        return rStart;
    }

    /** B of the integer grid -100..100 with the lowest R; exp(-B s) follows by one product per step. */
    private static double gridSearchB(double[] model, double[] stol2, double[] fobs) {
        int n = model.length;
        double[] factor = new double[n];
        double[] shape = new double[n];
        for (int m = 0; m < n; m++) {
            factor[m] = Math.exp(-stol2[m]);
            shape[m] = Math.exp(100.0 * stol2[m]);
        }
        double bestB = 0.0;
        double bestR = Double.POSITIVE_INFINITY;
        for (int b = -100; b <= 100; b++) {
            double num = 0.0;
            double den = 0.0;
            for (int m = 0; m < n; m++) {
                double value = model[m] * shape[m];
                num += fobs[m] * value;
                den += value * value;
            }
            double k = den > 0 ? num / den : 1.0;
            double residual = 0.0;
            for (int m = 0; m < n; m++) {
                residual += Math.abs(fobs[m] - k * model[m] * shape[m]);
                shape[m] *= factor[m];
            }
            if (residual < bestR) {
                bestR = residual;
                bestB = b;
            }
        }
        return bestB;
    }

    private static double exponentialScale(double[] model, double[] stol2, double[] fobs, double b) {
        double num = 0.0;
        double den = 0.0;
        for (int m = 0; m < model.length; m++) {
            double value = model[m] * Math.exp(-b * stol2[m]);
            num += fobs[m] * value;
            den += value * value;
        }
        return den > 0 ? num / den : 1.0;
    }

    private static double exponentialR(double[] model, double[] stol2, double[] fobs, double b) {
        double k = exponentialScale(model, stol2, fobs, b);
        double residual = 0.0;
        for (int m = 0; m < model.length; m++) {
            residual += Math.abs(fobs[m] - k * model[m] * Math.exp(-b * stol2[m]));
        }
        return residual;
    }

    private int[] allFitMembers() {
        int count = 0;
        for (int[] members : fitMembers) {
            count += members.length;
        }
        int[] all = new int[count];
        int next = 0;
        for (int[] members : fitMembers) {
            System.arraycopy(members, 0, all, next, members.length);
            next += members.length;
        }
        return all;
    }

    /**
     * Searches k_mask per bin: the full range [0, 1] in steps of 0.01 when {@code coarse}, otherwise
     * 0.05 around the current bin value. Each trial uses the bin's least-squares scale; the bin
     * values are then smoothed, interpolated and the per-bin scales refitted.
     */
    private double searchMask(double rStart, boolean coarse) {
        double[] found = new double[bins.count()];
        for (int b = 0; b < bins.count(); b++) {
            if (!hasMask(b)) {
                continue;
            }
            double from = coarse ? 0.0 : Math.max(0.0, Math.min(1.0, kMaskBin[b]) - 0.05);
            double to = coarse ? 1.0 : Math.min(1.0, kMaskBin[b]) + 0.05;
            double bestR = Double.POSITIVE_INFINITY;
            for (int step = 0; from + step * K_MASK_STEP <= to + 1e-9; step++) {
                double trial = from + step * K_MASK_STEP;
                double r = binR(b, trial);
                if (r < bestR - 1e-12) {
                    bestR = r;
                    found[b] = trial;
                }
            }
        }
        double[] smooth = smooth(found);
        double[] trialMask = interpolate(smooth);
        double[] trialBin = binScales(trialMask);
        double r = rFactor(trialMask, trialBin, kExp, kAniso);
        if (r < rStart) {
            System.arraycopy(trialMask, 0, kMask, 0, kMask.length);
            System.arraycopy(trialBin, 0, kBin, 0, kBin.length);
            kMaskBin = smooth;
            return r;
        }
        return rStart;
    }

    /** True when some fitting reflection of bin b has a nonzero F_mask, so that k_mask matters there. */
    private boolean hasMask(int b) {
        for (int i : fitMembers[b]) {
            if (data.fmaskReal()[i] != 0.0 || data.fmaskImag()[i] != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** Unnormalised R of bin b for a trial k_mask with the bin's least-squares scale. */
    private double binR(int b, double trialMask) {
        int[] members = fitMembers[b];
        double[] model = new double[members.length];
        double num = 0.0;
        double den = 0.0;
        for (int m = 0; m < members.length; m++) {
            int i = members[m];
            model[m] = kExp[i] * kAniso[i] * data.modelAmplitude(i, trialMask);
            num += data.fobs()[i] * model[m];
            den += model[m] * model[m];
        }
        double k = den > 0 ? num / den : 1.0;
        double r = 0.0;
        for (int m = 0; m < members.length; m++) {
            r += Math.abs(data.fobs()[members[m]] - k * model[m]);
        }
        return r;
    }

    /**
     * Replaces isolated extremes by the mean of their neighbours (five passes), then sets k_mask to 0
     * for every bin beyond the first bin below {@link #SOLVENT_RESOLUTION_LIMIT} whose value is 0.
     */
    private double[] smooth(double[] values) {
        int n = values.length;
        double[] padded = new double[n + 2];
        System.arraycopy(values, 0, padded, 1, n);
        padded[0] = values[0];
        padded[n + 1] = values[n - 1];
        for (int pass = 0; pass < 5; pass++) {
            double[] next = padded.clone();
            for (int i = 1; i <= n; i++) {
                boolean peak = padded[i - 1] < padded[i] && padded[i + 1] < padded[i];
                boolean dip = padded[i - 1] > padded[i] && padded[i + 1] > padded[i];
                if (peak || dip) {
                    next[i] = (padded[i - 1] + padded[i] + padded[i + 1]) / 3.0;
                }
            }
            padded = next;
        }
        double[] result = Arrays.copyOfRange(padded, 1, n + 1);
        for (int b = 0; b < n; b++) {
            if (result[b] == 0.0 && bins.dMin(b) < SOLVENT_RESOLUTION_LIMIT) {
                Arrays.fill(result, b, n, 0.0);
                break;
            }
        }
        return result;
    }

    /**
     * Spreads bin values over reflections: within each bin, either the bin value or a straight line in
     * s^2 from it to the next bin's value (the previous bin's for the last), whichever gives the lower
     * R in that bin.
     */
    private double[] interpolate(double[] binValues) {
        double[] constant = new double[data.size()];
        double[] linear = new double[data.size()];
        int last = bins.count() - 1;
        for (int i = 0; i < data.size(); i++) {
            int b = bins.binOf(i);
            double y1 = binValues[b];
            double y2 = b == last ? binValues[Math.max(0, b - 1)] : binValues[b + 1];
            double x1 = bins.inverseDSquaredMin(b);
            double x2 = bins.inverseDSquaredMax(b);
            double slope = x2 > x1 ? (y2 - y1) / (x2 - x1) : 0.0;
            constant[i] = y1;
            linear[i] = Math.max(0.0, y1 + slope * (data.inverseDSquared()[i] - x1));
        }
        boolean[] useLinear = new boolean[bins.count()];
        for (int b = 0; b < bins.count(); b++) {
            useLinear[b] = binR(b, linear) < binR(b, constant);
        }
        double[] result = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            result[i] = useLinear[bins.binOf(i)] ? linear[i] : constant[i];
        }
        return result;
    }

    /** Unnormalised R of bin b for per-reflection trial k_mask, with the bin's least-squares scale. */
    private double binR(int b, double[] trialMask) {
        int[] members = fitMembers[b];
        double[] model = new double[members.length];
        double num = 0.0;
        double den = 0.0;
        for (int m = 0; m < members.length; m++) {
            int i = members[m];
            model[m] = kExp[i] * kAniso[i] * data.modelAmplitude(i, trialMask[i]);
            num += data.fobs()[i] * model[m];
            den += model[m] * model[m];
        }
        double k = den > 0 ? num / den : 1.0;
        double r = 0.0;
        for (int m = 0; m < members.length; m++) {
            r += Math.abs(data.fobs()[members[m]] - k * model[m]);
        }
        return r;
    }

    /** Least-squares scale of each bin for the given k_mask, spread over the bin's reflections. */
    private double[] binScales(double[] trialMask) {
        double[] num = new double[bins.count()];
        double[] den = new double[bins.count()];
        for (int i = 0; i < data.size(); i++) {
            if (data.fit()[i]) {
                int b = bins.binOf(i);
                double m = kExp[i] * kAniso[i] * data.modelAmplitude(i, trialMask[i]);
                num[b] += data.fobs()[i] * m;
                den[b] += m * m;
            }
        }
        double[] result = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            int b = bins.binOf(i);
            result[i] = den[b] > 0 ? num[b] / den[b] : 1.0;
        }
        return result;
    }

    /**
     * Fits U* under the point-group constraints: least squares of ln(F_obs / F_model) against
     * -2 pi^2 h^T U* h plus a constant, then Gauss-Newton steps on the amplitude residuals.
     */
    private double fitAnisotropic(double rStart) {
        int p = anisotropic.parameterCount();
        double[] model = new double[data.size()];
        for (int i = 0; i < model.length; i++) {
            model[i] = kBin[i] * kExp[i] * data.modelAmplitude(i, kMask[i]);
        }
        double[] params = logFit(model, p);
        if (params == null) {
            return rStart;
        }
        for (int iteration = 0; iteration < 5; iteration++) {
            double[] next = gaussNewton(model, params, p);
            if (next == null) {
                break;
            }
            params = next;
        }
        double[] u = anisotropic.uStar(Arrays.copyOf(params, p));
        double scale = Math.exp(params[p]);
        double[] trial = new double[data.size()];
        for (int i = 0; i < trial.length; i++) {
            trial[i] = AnisotropicScale.value(u, data.hkl()[3 * i], data.hkl()[3 * i + 1], data.hkl()[3 * i + 2]);
        }
        double[] scaledBin = kBin.clone();
        for (int i = 0; i < scaledBin.length; i++) {
            scaledBin[i] *= scale;
        }
        double r = rFactor(kMask, scaledBin, kExp, trial);
        if (r < rStart) {
            System.arraycopy(trial, 0, kAniso, 0, trial.length);
            System.arraycopy(scaledBin, 0, kBin, 0, kBin.length);
            uStar = u;
            return r;
        }
        return rStart;
    }

    /** Parameters (p invariant-basis coefficients, then ln k) from the logarithmic least-squares fit. */
    private double[] logFit(double[] model, int p) {
        double[][] normal = new double[p + 1][p + 1];
        double[] rhs = new double[p + 1];
        for (int i = 0; i < data.size(); i++) {
            if (!data.fit()[i] || model[i] <= 0) {
                continue;
            }
            double[] row = designRow(i, p);
            double y = Math.log(data.fobs()[i] / model[i]);
            accumulate(normal, rhs, row, y);
        }
        return solve(normal, rhs);
    }

    /** Takes one Gauss-Newton step on sum (F_obs - k exp(x.p) F_model)^2; returns null when the system is singular. */
    private double[] gaussNewton(double[] model, double[] params, int p) {
        double[][] normal = new double[p + 1][p + 1];
        double[] rhs = new double[p + 1];
        for (int i = 0; i < data.size(); i++) {
            if (!data.fit()[i]) {
                continue;
            }
            double[] row = designRow(i, p);
            double exponent = 0.0;
            for (int j = 0; j <= p; j++) {
                exponent += row[j] * params[j];
            }
            double predicted = Math.exp(exponent) * model[i];
            double[] jacobian = new double[p + 1];
            for (int j = 0; j <= p; j++) {
                jacobian[j] = row[j] * predicted;
            }
            accumulate(normal, rhs, jacobian, data.fobs()[i] - predicted);
        }
        double[] delta = solve(normal, rhs);
        if (delta == null) {
            return null;
        }
        double[] next = params.clone();
        for (int j = 0; j <= p; j++) {
            next[j] += delta[j];
        }
        return next;
    }

    private double[] designRow(int i, int p) {
        double[] design = anisotropic.design(data.hkl()[3 * i], data.hkl()[3 * i + 1], data.hkl()[3 * i + 2]);
        double[] row = Arrays.copyOf(design, p + 1);
        row[p] = 1.0;
        return row;
    }

    private static void accumulate(double[][] normal, double[] rhs, double[] row, double y) {
        for (int a = 0; a < row.length; a++) {
            rhs[a] += row[a] * y;
            for (int b = 0; b < row.length; b++) {
                normal[a][b] += row[a] * row[b];
            }
        }
    }

    /** Solves a small symmetric system by Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = rhs[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(a[pivot][col]) > 1e-300)) {
                return null;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x;
    }

    /** Multiplies the per-bin scales by the least-squares scale over all fitting reflections. */
    private void applyOverallScale() {
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < data.size(); i++) {
            if (data.fit()[i]) {
                double m = kBin[i] * kExp[i] * kAniso[i] * data.modelAmplitude(i, kMask[i]);
                num += data.fobs()[i] * m;
                den += m * m;
            }
        }
        if (den > 0) {
            double k = num / den;
            for (int i = 0; i < kBin.length; i++) {
                kBin[i] *= k;
            }
        }
    }

    /** Mean k_mask of each bin as applied (after interpolation). */
    private double[] kMaskPerBinReported() {
        double[] sum = new double[bins.count()];
        for (int i = 0; i < data.size(); i++) {
            sum[bins.binOf(i)] += kMask[i];
        }
        for (int b = 0; b < sum.length; b++) {
            sum[b] = bins.size(b) > 0 ? sum[b] / bins.size(b) : 0.0;
        }
        return sum;
    }

    /**
     * Summarises the per-reflection k_mask as a flat model k_sol exp(-B_sol s^2/4): weighted least
     * squares over the reflections with F_mask, weight |kTotal F_mask|^2 (the size of the solvent
     * term), B_sol on a 1 A^2 grid in [0, 300] with the optimal k_sol for each. Returns {k_sol, B_sol}.
     */
    private double[] flatModelSummary() {
        double[] best = {0.0, 0.0};
        double bestResidual = Double.POSITIVE_INFINITY;
        for (int b = 0; b <= 300; b++) {
            double num = 0.0;
            double den = 0.0;
            for (int i = 0; i < data.size(); i++) {
                double weight = solventWeight(i);
                if (weight > 0) {
                    double shape = Math.exp(-b * data.stol2(i));
                    num += weight * kMask[i] * shape;
                    den += weight * shape * shape;
                }
            }
            if (den <= 0) {
                return best;
            }
            double k = Math.max(0.0, num / den);
            double residual = 0.0;
            for (int i = 0; i < data.size(); i++) {
                double weight = solventWeight(i);
                if (weight > 0) {
                    double difference = kMask[i] - k * Math.exp(-b * data.stol2(i));
                    residual += weight * difference * difference;
                }
            }
            if (residual < bestResidual) {
                bestResidual = residual;
                best = new double[] {k, b};
            }
        }
        return best;
    }

    private double solventWeight(int i) {
        double k = kBin[i] * kExp[i] * kAniso[i];
        double re = data.fmaskReal()[i];
        double im = data.fmaskImag()[i];
        return k * k * (re * re + im * im);
    }
}
