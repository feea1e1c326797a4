package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Sorted segment reduction of double atom values into groups, one work item per group, adding
 * each group's atoms in ascending atom order: the same order as the CPU reference, so the result
 * is bit-identical from run to run.
 */
public final class SegmentSumDoubleKernel extends Kernel {

    private int[] segmentOffsets;
    private int[] atomsByGroup;
    private double[] atomValues;
    private double[] groupSums;
    private int groupCount;

    /** Binds the static segment layout; the caller uploads both arrays once with {@code put}. */
    public void bindSegments(int[] segmentOffsets, int[] atomsByGroup) {
        this.segmentOffsets = segmentOffsets;
        this.atomsByGroup = atomsByGroup;
        this.groupCount = segmentOffsets.length - 1;
    }

    /** Binds the per-call arrays: reads atomValues, writes groupSums[0 .. groupCount). */
    public void bindValues(double[] atomValues, double[] groupSums) {
        this.atomValues = atomValues;
        this.groupSums = groupSums;
    }

    @Override
    public void run() {
        int g = getGlobalId();
        if (g < groupCount) {
            double sum = 0.0;
            for (int k = segmentOffsets[g]; k < segmentOffsets[g + 1]; k++) {
                sum += atomValues[atomsByGroup[k]];
            }
            groupSums[g] = sum;
        }
    }
}
