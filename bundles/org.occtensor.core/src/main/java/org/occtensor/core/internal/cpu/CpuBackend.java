package org.occtensor.core.internal.cpu;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.osgi.service.component.annotations.Component;

/**
 * The reference backend: plain Java on the fork-join pool. Loops over large arrays are split into
 * chunks with disjoint outputs; segment sums add each group's atoms in ascending atom order with a
 * double accumulator, so results are bit-identical from run to run.
 */
@Component(service = ComputeBackend.class, property = {"name=cpu", "service.ranking:Integer=0"})
public final class CpuBackend implements ComputeBackend {

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String device() {
        return "Java " + Runtime.version().feature() + ", " + Runtime.getRuntime().availableProcessors() + " threads";
    }

    @Override
    public ExpansionIndex prepareExpansion(int[] groupOfAtom, int groupCount) {
        return new CpuExpansionIndex(groupOfAtom, groupCount);
    }

    @Override
    public ConformerLayout prepareConformers(int groupCount, int[] setOffsets, int[] members, boolean[] partial,
                                             double[] budget) {
        return new CpuConformerLayout(groupCount, setOffsets.clone(), members.clone(), partial.clone(), budget.clone());
    }

    @Override
    public void gather(ExpansionIndex index, float[] groupValues, float[] atomValues) {
        int[] groupOf = index.groupOfAtom();
        Parallel.forRange(index.atomCount(), (from, to) -> {
            for (int a = from; a < to; a++) {
                atomValues[a] = groupValues[groupOf[a]];
            }
        });
    }

    @Override
    public void gather(ExpansionIndex index, double[] groupValues, double[] atomValues) {
        int[] groupOf = index.groupOfAtom();
        Parallel.forRange(index.atomCount(), (from, to) -> {
            for (int a = from; a < to; a++) {
                atomValues[a] = groupValues[groupOf[a]];
            }
        });
    }

    @Override
    public void segmentSum(ExpansionIndex index, float[] atomValues, float[] groupSums) {
        int[] offsets = index.segmentOffsets();
        int[] atoms = index.atomsByGroup();
        Parallel.forRange(index.groupCount(), Parallel.THRESHOLD / 8, (from, to) -> {
            for (int g = from; g < to; g++) {
                double sum = 0.0;
                for (int k = offsets[g]; k < offsets[g + 1]; k++) {
                    sum += atomValues[atoms[k]];
                }
                groupSums[g] = (float) sum;
            }
        });
    }

    @Override
    public void segmentSum(ExpansionIndex index, double[] atomValues, double[] groupSums) {
        int[] offsets = index.segmentOffsets();
        int[] atoms = index.atomsByGroup();
        Parallel.forRange(index.groupCount(), Parallel.THRESHOLD / 8, (from, to) -> {
            for (int g = from; g < to; g++) {
                double sum = 0.0;
                for (int k = offsets[g]; k < offsets[g + 1]; k++) {
                    sum += atomValues[atoms[k]];
                }
                groupSums[g] = sum;
            }
        });
    }

    @Override
    public void sigmoid(float[] logits, float[] out, int n) {
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = (float) (1.0 / (1.0 + Math.exp(-logits[i])));
            }
        });
    }

    @Override
    public void sigmoid(double[] logits, double[] out, int n) {
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = 1.0 / (1.0 + Math.exp(-logits[i]));
            }
        });
    }

    @Override
    public void sigmoidBackward(float[] out, float[] outGrad, float[] logitGrad, int n) {
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                logitGrad[i] = outGrad[i] * out[i] * (1f - out[i]);
            }
        });
    }

    @Override
    public void sigmoidBackward(double[] out, double[] outGrad, double[] logitGrad, int n) {
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                logitGrad[i] = outGrad[i] * out[i] * (1.0 - out[i]);
            }
        });
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, float[] logits, float[] occupancies) {
        CpuConformerKernels.softmax(layout, logits, occupancies);
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, double[] logits, double[] occupancies) {
        CpuConformerKernels.softmax(layout, logits, occupancies);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, float[] occupancies, float[] occupancyGrad,
                                         float[] logitGrad) {
        CpuConformerKernels.backward(layout, occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, double[] occupancies, double[] occupancyGrad,
                                         double[] logitGrad) {
        CpuConformerKernels.backward(layout, occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void weightedRowSum(double[] matrix, int rows, int cols, double[] weights, double[] out) {
        Parallel.forRange(cols, Parallel.THRESHOLD / 16, (from, to) -> {
            java.util.Arrays.fill(out, from, to, 0.0);
            for (int r = 0; r < rows; r++) {
                double w = weights[r];
                int base = r * cols;
                for (int c = from; c < to; c++) {
                    out[c] += w * matrix[base + c];
                }
            }
        });
    }

    @Override
    public void rowDot(double[] matrix, int rows, int cols, double[] vector, double[] out) {
        Parallel.forRange(rows, 1, (from, to) -> {
            for (int r = from; r < to; r++) {
                double sum = 0.0;
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    sum += matrix[base + c] * vector[c];
                }
                out[r] = sum;
            }
        });
    }

    @Override
    public void structureFactors(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                 double[] real, double[] imag) {
        CpuStructureFactors.compute(atoms, reflections, operators, real, imag);
    }

    @Override
    public void structureFactorsOccupancyAdjoint(ScatteringAtoms atoms, Reflections reflections,
                                                 SymmetryOperators operators, double[] realGrad, double[] imagGrad,
                                                 double[] occupancyGrad) {
        CpuStructureFactors.occupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, occupancyGrad);
    }

    @Override
    public void close() {
        // Nothing to release: all arrays live on the Java heap.
    }

    @Override
    public String toString() {
        return "cpu (" + device() + ")";
    }
}
