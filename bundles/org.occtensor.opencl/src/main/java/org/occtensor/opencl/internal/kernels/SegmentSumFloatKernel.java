package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Sorted segment reduction of float atom values into groups, one work item per group. Each work
 * item adds its group's atoms in ascending atom order, so the result does not depend on scheduling.
 * The sum is compensated (Neumaier's variant of Kahan summation, Neumaier 1974, ZAMM 54:39-51)
 * because a device without fp64 cannot carry a double accumulator; the error is then close to one
 * rounding of the exact sum, independent of the segment length.
 */
public final class SegmentSumFloatKernel extends Kernel {

    private int[] segmentOffsets;
    private int[] atomsByGroup;
    private float[] atomValues;
    private float[] groupSums;
    private int groupCount;

    /** Binds the static segment layout; the caller uploads both arrays once with {@code put}. */
    public void bindSegments(int[] segmentOffsets, int[] atomsByGroup) {
        this.segmentOffsets = segmentOffsets;
        this.atomsByGroup = atomsByGroup;
        this.groupCount = segmentOffsets.length - 1;
    }

    /** Binds the per-call arrays: reads atomValues, writes groupSums[0 .. groupCount). */
    public void bindValues(float[] atomValues, float[] groupSums) {
        this.atomValues = atomValues;
        this.groupSums = groupSums;
    }

    @Override
    public void run() {
        int g = getGlobalId();
        if (g < groupCount) {
            float sum = 0.0f;
            float compensation = 0.0f;
            for (int k = segmentOffsets[g]; k < segmentOffsets[g + 1]; k++) {
                float x = atomValues[atomsByGroup[k]];
                float t = sum + x;
                if (abs(sum) >= abs(x)) {
                    compensation += (sum - t) + x;
                } else {
                    compensation += (x - t) + sum;
                }
                sum = t;
            }
            groupSums[g] = sum + compensation;
        }
    }
}
