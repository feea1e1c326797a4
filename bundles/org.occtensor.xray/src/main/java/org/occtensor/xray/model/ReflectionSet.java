package org.occtensor.xray.model;

import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.scaling.ResolutionBins;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.targets.TargetData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reflections a model is scored against, in the order of the data, without the origin and
 * without systematically absent indices, with the per-reflection constants that scaling and targets
 * need.
 */
public final class ReflectionSet {

    private static final Logger LOG = LoggerFactory.getLogger(ReflectionSet.class);

    private final int[] hkl;
    private final int[] sourceRow;
    private final double[] fobs;
    private final double[] sigma;
    private final boolean[] free;
    private final boolean[] work;
    private final double[] inverseDSquared;
    private final boolean[] centric;
    private final int[] epsilon;
    private final ResolutionBins bins;
    private final int droppedAbsent;

    private ReflectionSet(int n, int droppedAbsent) {
        this.hkl = new int[3 * n];
        this.sourceRow = new int[n];
        this.fobs = new double[n];
        this.sigma = new double[n];
        this.free = new boolean[n];
        this.work = new boolean[n];
        this.inverseDSquared = new double[n];
        this.centric = new boolean[n];
        this.epsilon = new int[n];
        this.droppedAbsent = droppedAbsent;
        this.bins = null;
    }

    private ReflectionSet(ReflectionSet filled, ResolutionBins bins) {
        this.hkl = filled.hkl;
        this.sourceRow = filled.sourceRow;
        this.fobs = filled.fobs;
        this.sigma = filled.sigma;
        this.free = filled.free;
        this.work = filled.work;
        this.inverseDSquared = filled.inverseDSquared;
        this.centric = filled.centric;
        this.epsilon = filled.epsilon;
        this.droppedAbsent = filled.droppedAbsent;
        this.bins = bins;
    }

    /**
     * Selects the scoring reflections of {@code data}.
     *
     * @throws IllegalArgumentException naming the source when no reflection is left
     */
    public static ReflectionSet of(ReflectionData data, SpaceGroup group, CellGeometry cell) {
        int[] source = data.hkl();
        int kept = 0;
        int absent = 0;
        boolean[] keep = new boolean[data.size()];
        for (int r = 0; r < data.size(); r++) {
            int h = source[3 * r];
            int k = source[3 * r + 1];
            int l = source[3 * r + 2];
            if (h == 0 && k == 0 && l == 0) {
                continue;
            }
            if (group.isSystematicallyAbsent(h, k, l)) {
                absent++;
                continue;
            }
            keep[r] = true;
            kept++;
        }
        if (kept == 0) {
            throw new IllegalArgumentException(data.source() + ": no reflection left to score after removing "
                    + absent + " systematic absences in " + group.extendedHermannMauguin());
        }
        if (absent > 0) {
            LOG.warn("{}: {} systematically absent reflections in {} are not scored", data.source(), absent,
                    group.extendedHermannMauguin());
        }
        ReflectionSet set = new ReflectionSet(kept, absent);
        int i = 0;
        for (int r = 0; r < data.size(); r++) {
            if (!keep[r]) {
                continue;
            }
            int h = source[3 * r];
            int k = source[3 * r + 1];
            int l = source[3 * r + 2];
            System.arraycopy(source, 3 * r, set.hkl, 3 * i, 3);
            set.sourceRow[i] = r;
            set.fobs[i] = data.fobs()[r];
            set.sigma[i] = data.sigma()[r];
            set.free[i] = data.free()[r];
            set.work[i] = !data.free()[r] && data.fobs()[r] > 0;
            set.inverseDSquared[i] = cell.inverseDSquared(h, k, l);
            set.centric[i] = group.isCentric(h, k, l);
            set.epsilon[i] = group.epsilon(h, k, l);
            i++;
        }
        return new ReflectionSet(set, ResolutionBins.logarithmic(set.inverseDSquared));
    }

    public int size() {
        return fobs.length;
    }

    public int[] hkl() {
        return hkl;
    }

    /** Row of reflection r in the input data. */
    public int sourceRow(int r) {
        return sourceRow[r];
    }

    public double[] fobs() {
        return fobs;
    }

    public double[] sigma() {
        return sigma;
    }

    public boolean[] free() {
        return free;
    }

    /** Work-set reflections with a positive amplitude: the ones targets and scaling use. */
    public boolean[] work() {
        return work;
    }

    public double[] inverseDSquared() {
        return inverseDSquared;
    }

    public ResolutionBins bins() {
        return bins;
    }

    public int droppedAbsent() {
        return droppedAbsent;
    }

    public int countFree() {
        int n = 0;
        for (boolean f : free) {
            if (f) {
                n++;
            }
        }
        return n;
    }

    public double dMin() {
        double max = 0.0;
        for (double s : inverseDSquared) {
            max = Math.max(max, s);
        }
        return 1.0 / Math.sqrt(max);
    }

    public double dMax() {
        double min = Double.POSITIVE_INFINITY;
        for (double s : inverseDSquared) {
            min = Math.min(min, s);
        }
        return 1.0 / Math.sqrt(min);
    }

    public TargetData targetData() {
        return new TargetData(fobs, work, free, centric, epsilon, inverseDSquared);
    }
}
