package org.occtensor.xray.solvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.GridSize;
import org.occtensor.xray.structure.Matrix3;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SymOp;

/**
 * The flat bulk-solvent mask as cctbx's mmtbx.masks builds it. Grid points farther than the van der
 * Waals radius plus the probe radius from every atom are solvent, and points inside a van der Waals
 * sphere are macromolecule. A point in between becomes solvent when a solvent point lies within the
 * shrink radius, and macromolecule otherwise. The grid covers the whole cell, every symmetry copy of
 * every atom is placed, and the grid dimensions are symmetry-compatible, so the mask has the
 * crystal's symmetry.
 */
public final class SolventMask {

    /** Probe (solvent) radius in angstrom, cctbx's solvent_radius default. */
    public static final double DEFAULT_PROBE_RADIUS = 1.1;

    /** Shrink-truncation radius in angstrom, cctbx's shrink_truncation_radius default. */
    public static final double DEFAULT_SHRINK_RADIUS = 0.9;

    /** Grid step in angstrom, cctbx's mask step default. */
    public static final double DEFAULT_GRID_STEP = 0.6;

    private static final byte MACROMOLECULE = 0;
    private static final byte ACCESSIBLE = 1;
    private static final byte SOLVENT = 2;

    private final int[] size;
    private final boolean[] solvent;
    private final int solventPoints;

    private SolventMask(int[] size, boolean[] solvent, int solventPoints) {
        this.size = size;
        this.solvent = solvent;
        this.solventPoints = solventPoints;
    }

    /**
     * Computes the mask.
     *
     * @param fractional fractional coordinates of the atoms that exclude solvent, 3 per atom
     * @param radii      van der Waals radius per atom in angstrom
     */
    public static SolventMask compute(double[] fractional, double[] radii, SpaceGroup group, CellGeometry cell,
                                      double probeRadius, double shrinkRadius, double gridStep) {
        int[] size = GridSize.forSpacing(cell, group, gridStep, true);
        double[] metric = gridMetric(cell, size);
        List<double[]> centres = symmetryCopies(fractional, group, size);
        byte[] codes = new byte[size[0] * size[1] * size[2]];
        Arrays.fill(codes, SOLVENT);

        int tasks = Math.min(size[0], 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int from = (int) ((long) size[0] * task / tasks);
            int to = (int) ((long) size[0] * (task + 1) / tasks);
            for (int c = 0; c < centres.size(); c++) {
                double radius = radii[c / group.order()];
                markSphere(codes, size, metric, centres.get(c), radius, radius + probeRadius, from, to);
            }
        });

        boolean[] solvent = shrink(codes, size, metric, shrinkRadius);
        int count = 0;
        for (boolean s : solvent) {
            if (s) {
                count++;
            }
        }
        return new SolventMask(size, solvent, count);
    }

    public int[] size() {
        return size.clone();
    }

    /** True when grid point (i, j, k), at index (i * n1 + j) * n2 + k, is solvent. */
    public boolean isSolvent(int index) {
        return solvent[index];
    }

    /** Fraction of the cell that is solvent. */
    public double solventFraction() {
        return solventPoints / (double) solvent.length;
    }

    /** Metric in grid steps: the squared distance of a step vector d is d^T Q d in square angstrom. */
    private static double[] gridMetric(CellGeometry cell, int[] size) {
        double[] g = cell.metric();
        double[] q = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                q[3 * i + j] = g[3 * i + j] / (size[i] * (double) size[j]);
            }
        }
        return q;
    }

    /** Grid-unit centres of every symmetry copy, atom-major: copy c belongs to atom c / order. */
    private static List<double[]> symmetryCopies(double[] fractional, SpaceGroup group, int[] size) {
        List<double[]> centres = new ArrayList<>();
        double[] site = new double[3];
        double[] image = new double[3];
        for (int a = 0; a < fractional.length / 3; a++) {
            System.arraycopy(fractional, 3 * a, site, 0, 3);
            for (SymOp op : group.operators()) {
                op.apply(site, image);
                double[] centre = new double[3];
                for (int i = 0; i < 3; i++) {
                    centre[i] = (image[i] - Math.floor(image[i])) * size[i];
                }
                centres.add(centre);
            }
        }
        return centres;
    }

    /**
     * Lowers the code of points within {@code outer} angstrom of the centre to ACCESSIBLE and of points
     * within {@code inner} to MACROMOLECULE, for first indices in [from, to). Codes only go down, so the
     * result does not depend on the order in which atoms are placed.
     */
    private static void markSphere(byte[] codes, int[] size, double[] q, double[] c, double inner, double outer,
                                   int from, int to) {
        double outer2 = outer * outer;
        double inner2 = inner * inner;
        double[] inverse = Matrix3.invert(q);
        int iMin = (int) Math.ceil(c[0] - outer * Math.sqrt(inverse[0]));
        int iMax = (int) Math.floor(c[0] + outer * Math.sqrt(inverse[0]));
        int jMin = (int) Math.ceil(c[1] - outer * Math.sqrt(inverse[4]));
        int jMax = (int) Math.floor(c[1] + outer * Math.sqrt(inverse[4]));
        double a = q[8];
        for (int i = iMin; i <= iMax; i++) {
            int iw = Math.floorMod(i, size[0]);
            if (iw < from || iw >= to) {
                continue;
            }
            double du = i - c[0];
            for (int j = jMin; j <= jMax; j++) {
                double dv = j - c[1];
                double b = 2.0 * (q[2] * du + q[5] * dv);
                double constant = q[0] * du * du + 2.0 * q[1] * du * dv + q[4] * dv * dv;
                int[] outerRange = range(a, b, constant - outer2, c[2]);
                if (outerRange == null) {
                    continue;
                }
                int[] innerRange = range(a, b, constant - inner2, c[2]);
                int row = (iw * size[1] + Math.floorMod(j, size[1])) * size[2];
                for (int k = outerRange[0]; k <= outerRange[1]; k++) {
                    int index = row + Math.floorMod(k, size[2]);
                    boolean inside = innerRange != null && k >= innerRange[0] && k <= innerRange[1];
                    byte code = inside ? MACROMOLECULE : ACCESSIBLE;
                    if (codes[index] > code) {
                        codes[index] = code;
                    }
                }
            }
        }
    }

    /** Integer k with a (k - centre)^2 + b (k - centre) + constant <= 0, or null when there is none. */
    private static int[] range(double a, double b, double constant, double centre) {
        double discriminant = b * b - 4.0 * a * constant;
        if (discriminant < 0) {
            return null;
        }
        double root = Math.sqrt(discriminant);
        int kMin = (int) Math.ceil(centre + (-b - root) / (2.0 * a));
        int kMax = (int) Math.floor(centre + (-b + root) / (2.0 * a));
        return kMin <= kMax ? new int[] {kMin, kMax} : null;
    }

    /** Accessible points next to solvent (within the shrink radius) become solvent; the rest macromolecule. */
    private static boolean[] shrink(byte[] codes, int[] size, double[] q, double shrinkRadius) {
        int[] offsets = neighbourOffsets(q, shrinkRadius);
        boolean[] solvent = new boolean[codes.length];
        int n1 = size[1];
        int n2 = size[2];
        IntStream.range(0, size[0]).parallel().forEach(i -> {
            for (int j = 0; j < n1; j++) {
                for (int k = 0; k < n2; k++) {
                    int index = (i * n1 + j) * n2 + k;
                    if (codes[index] == SOLVENT) {
                        solvent[index] = true;
                    } else if (codes[index] == ACCESSIBLE) {
                        solvent[index] = touchesSolvent(codes, size, offsets, i, j, k);
                    }
                }
            }
        });
        return solvent;
    }

    private static boolean touchesSolvent(byte[] codes, int[] size, int[] offsets, int i, int j, int k) {
        for (int o = 0; o < offsets.length; o += 3) {
            int ii = Math.floorMod(i + offsets[o], size[0]);
            int jj = Math.floorMod(j + offsets[o + 1], size[1]);
            int kk = Math.floorMod(k + offsets[o + 2], size[2]);
            if (codes[(ii * size[1] + jj) * size[2] + kk] == SOLVENT) {
                return true;
            }
        }
        return false;
    }

    /** Grid offsets (other than 0) within {@code radius} angstrom, 3 ints each, nearest first. */
    private static int[] neighbourOffsets(double[] q, double radius) {
        double[] inverse = Matrix3.invert(q);
        int[] extent = new int[3];
        for (int i = 0; i < 3; i++) {
            extent[i] = (int) Math.floor(radius * Math.sqrt(inverse[4 * i]));
        }
        List<int[]> found = new ArrayList<>();
        for (int di = -extent[0]; di <= extent[0]; di++) {
            for (int dj = -extent[1]; dj <= extent[1]; dj++) {
                for (int dk = -extent[2]; dk <= extent[2]; dk++) {
                    double d2 = q[0] * di * di + q[4] * dj * dj + q[8] * dk * dk
                            + 2.0 * (q[1] * di * dj + q[2] * di * dk + q[5] * dj * dk);
                    if ((di != 0 || dj != 0 || dk != 0) && d2 <= radius * radius) {
                        found.add(new int[] {di, dj, dk, (int) Math.round(d2 * 1e6)});
                    }
                }
            }
        }
        found.sort((x, y) -> Integer.compare(x[3], y[3]));
        int[] offsets = new int[3 * found.size()];
        for (int n = 0; n < found.size(); n++) {
            System.arraycopy(found.get(n), 0, offsets, 3 * n, 3);
        }
        return offsets;
    }
}
