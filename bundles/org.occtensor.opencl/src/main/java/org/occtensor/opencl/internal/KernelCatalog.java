package org.occtensor.opencl.internal;

import com.aparapi.Kernel;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxBackwardDoubleKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxBackwardFloatKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxDoubleKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxFloatKernel;
import org.occtensor.opencl.internal.kernels.GatherDoubleKernel;
import org.occtensor.opencl.internal.kernels.GatherFloatKernel;
import org.occtensor.opencl.internal.kernels.RowDotKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumDoubleKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumFloatKernel;
import org.occtensor.opencl.internal.kernels.SigmoidBackwardDoubleKernel;
import org.occtensor.opencl.internal.kernels.SigmoidBackwardFloatKernel;
import org.occtensor.opencl.internal.kernels.SigmoidDoubleKernel;
import org.occtensor.opencl.internal.kernels.SigmoidFloatKernel;
import org.occtensor.opencl.internal.kernels.StructureFactorAdjointKernel;
import org.occtensor.opencl.internal.kernels.StructureFactorKernel;
import org.occtensor.opencl.internal.kernels.WeightedRowSumKernel;

/** Which Aparapi kernel class runs each ComputeBackend op, keyed by the op's signature. */
public final class KernelCatalog {

    /**
     * One op and its kernel.
     *
     * @param operation signature as {@link #signature} writes it
     * @param kernel    the kernel class
     * @param fp64      whether the kernel uses doubles and so needs a device with cl_khr_fp64
     */
    public record Entry(String operation, Class<? extends Kernel> kernel, boolean fp64) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("gather(ExpansionIndex,float[],float[])", GatherFloatKernel.class, false),
            new Entry("gather(ExpansionIndex,double[],double[])", GatherDoubleKernel.class, true),
            new Entry("segmentSum(ExpansionIndex,float[],float[])", SegmentSumFloatKernel.class, false),
            new Entry("segmentSum(ExpansionIndex,double[],double[])", SegmentSumDoubleKernel.class, true),
            new Entry("sigmoid(float[],float[],int)", SigmoidFloatKernel.class, false),
            new Entry("sigmoid(double[],double[],int)", SigmoidDoubleKernel.class, true),
            new Entry("sigmoidBackward(float[],float[],float[],int)", SigmoidBackwardFloatKernel.class, false),
            new Entry("sigmoidBackward(double[],double[],double[],int)", SigmoidBackwardDoubleKernel.class, true),
            new Entry("conformerSoftmax(ConformerLayout,float[],float[])", ConformerSoftmaxFloatKernel.class, false),
            new Entry("conformerSoftmax(ConformerLayout,double[],double[])", ConformerSoftmaxDoubleKernel.class, true),
            new Entry("conformerSoftmaxBackward(ConformerLayout,float[],float[],float[])",
                    ConformerSoftmaxBackwardFloatKernel.class, false),
            new Entry("conformerSoftmaxBackward(ConformerLayout,double[],double[],double[])",
                    ConformerSoftmaxBackwardDoubleKernel.class, true),
            new Entry("weightedRowSum(double[],int,int,double[],double[])", WeightedRowSumKernel.class, true),
            new Entry("rowDot(double[],int,int,double[],double[])", RowDotKernel.class, true),
            new Entry("structureFactors(ScatteringAtoms,Reflections,SymmetryOperators,double[],double[])",
                    StructureFactorKernel.class, true),
            new Entry("structureFactorsOccupancyAdjoint(ScatteringAtoms,Reflections,SymmetryOperators,double[],"
                    + "double[],double[])", StructureFactorAdjointKernel.class, true));

    private KernelCatalog() {
    }

    /** Every op with its kernel. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The kernel that runs {@code op}, if it has one. */
    public static Optional<Entry> forOperation(Method op) {
        String signature = signature(op);
        return ENTRIES.stream().filter(e -> e.operation().equals(signature)).findFirst();
    }

    /** "name(SimpleType,SimpleType)" for a method, the key of the catalog. */
    public static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }
}
