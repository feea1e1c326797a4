package org.occtensor.opencl.internal;

import java.util.Arrays;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.opencl.internal.kernels.GatherDoubleKernel;
import org.occtensor.opencl.internal.kernels.GatherFloatKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumDoubleKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumFloatKernel;

/**
 * Expansion index whose arrays stay on the OpenCL device. Aparapi keeps buffers per kernel
 * instance, so this index owns its gather and segment-sum kernels. Each kernel uploads the static
 * arrays once, when first used, and afterwards only the per-call values move.
 */
final class OpenClExpansionIndex implements ExpansionIndex {

    private final KernelLauncher launcher;
    private final ExpansionIndex cpuIndex;
    private final int groupCount;
    private final int[] groupOfAtom;
    private final int[] segmentOffsets;
    private final int[] atomsByGroup;

    private GatherFloatKernel gatherFloat;
    private GatherDoubleKernel gatherDouble;
    private SegmentSumFloatKernel segmentSumFloat;
    private SegmentSumDoubleKernel segmentSumDouble;

    /**
     * Wraps the index the CPU backend prepared, which checks the groups and builds the group-sorted
     * inverse. Kernels upload its arrays unchanged, and ops that fall back to the CPU use it directly.
     */
    OpenClExpansionIndex(KernelLauncher launcher, ExpansionIndex cpuIndex) {
        this.launcher = launcher;
        this.cpuIndex = cpuIndex;
        this.groupCount = cpuIndex.groupCount();
        this.groupOfAtom = cpuIndex.groupOfAtom();
        this.segmentOffsets = cpuIndex.segmentOffsets();
        this.atomsByGroup = cpuIndex.atomsByGroup();
    }

    @Override
    public int atomCount() {
        return groupOfAtom.length;
    }

    @Override
    public int groupCount() {
        return groupCount;
    }

    @Override
    public int[] groupOfAtom() {
        return groupOfAtom;
    }

    @Override
    public int[] segmentOffsets() {
        return segmentOffsets;
    }

    @Override
    public int[] atomsByGroup() {
        return atomsByGroup;
    }

    void gather(float[] groupValues, float[] atomValues) {
        ArrayChecks.requireLength("gather", "groupValues", groupValues.length, groupCount);
        ArrayChecks.requireLength("gather", "atomValues", atomValues.length, atomCount());
        if (atomCount() == 0) {
            return;
        }
        float[] input = groupValues == atomValues ? groupValues.clone() : groupValues;
        GatherFloatKernel kernel = gatherFloat();
        synchronized (kernel) {
            kernel.bindValues(input, atomValues);
            launcher.upload(kernel, input);
            launcher.uploadIfPartlyWritten(kernel, atomValues, atomCount());
            launcher.launch(kernel, atomCount());
            launcher.download(kernel, atomValues);
        }
    }

    void gather(double[] groupValues, double[] atomValues) {
        ArrayChecks.requireLength("gather", "groupValues", groupValues.length, groupCount);
        ArrayChecks.requireLength("gather", "atomValues", atomValues.length, atomCount());
        if (atomCount() == 0) {
            return;
        }
        double[] input = groupValues == atomValues ? groupValues.clone() : groupValues;
        GatherDoubleKernel kernel = gatherDouble();
        synchronized (kernel) {
            kernel.bindValues(input, atomValues);
            launcher.upload(kernel, input);
            launcher.uploadIfPartlyWritten(kernel, atomValues, atomCount());
            launcher.launch(kernel, atomCount());
            launcher.download(kernel, atomValues);
        }
    }

    void segmentSum(float[] atomValues, float[] groupSums) {
        ArrayChecks.requireLength("segmentSum", "atomValues", atomValues.length, atomCount());
        ArrayChecks.requireLength("segmentSum", "groupSums", groupSums.length, groupCount);
        if (atomCount() == 0) {
            // Every group is empty; a zero-length device buffer is not allowed.
            Arrays.fill(groupSums, 0, groupCount, 0.0f);
            return;
        }
        float[] input = atomValues == groupSums ? atomValues.clone() : atomValues;
        SegmentSumFloatKernel kernel = segmentSumFloat();
        synchronized (kernel) {
            kernel.bindValues(input, groupSums);
            launcher.upload(kernel, input);
            launcher.uploadIfPartlyWritten(kernel, groupSums, groupCount);
            launcher.launch(kernel, groupCount);
            launcher.download(kernel, groupSums);
        }
    }

    void segmentSum(double[] atomValues, double[] groupSums) {
        ArrayChecks.requireLength("segmentSum", "atomValues", atomValues.length, atomCount());
        ArrayChecks.requireLength("segmentSum", "groupSums", groupSums.length, groupCount);
        if (atomCount() == 0) {
            Arrays.fill(groupSums, 0, groupCount, 0.0);
            return;
        }
        double[] input = atomValues == groupSums ? atomValues.clone() : atomValues;
        SegmentSumDoubleKernel kernel = segmentSumDouble();
        synchronized (kernel) {
            kernel.bindValues(input, groupSums);
            launcher.upload(kernel, input);
            launcher.uploadIfPartlyWritten(kernel, groupSums, groupCount);
            launcher.launch(kernel, groupCount);
            launcher.download(kernel, groupSums);
        }
    }

    /** Returns the same index prepared by the CPU backend, for ops that fall back to it. */
    ExpansionIndex cpuIndex() {
        return cpuIndex;
    }

    /** Returns the launcher this index was prepared with, which identifies the owning backend. */
    KernelLauncher launcher() {
        return launcher;
    }

    @Override
    public synchronized void close() {
        launcher.dispose(gatherFloat);
        launcher.dispose(gatherDouble);
        launcher.dispose(segmentSumFloat);
        launcher.dispose(segmentSumDouble);
        gatherFloat = null;
        gatherDouble = null;
        segmentSumFloat = null;
        segmentSumDouble = null;
        cpuIndex.close();
    }

    private synchronized GatherFloatKernel gatherFloat() {
        if (gatherFloat == null) {
            GatherFloatKernel kernel = launcher.prepare(new GatherFloatKernel());
            kernel.bindIndex(groupOfAtom);
            launcher.uploadStatic(kernel, groupOfAtom);
            gatherFloat = kernel;
        }
        return gatherFloat;
    }

    private synchronized GatherDoubleKernel gatherDouble() {
        if (gatherDouble == null) {
            GatherDoubleKernel kernel = launcher.prepare(new GatherDoubleKernel());
            kernel.bindIndex(groupOfAtom);
            launcher.uploadStatic(kernel, groupOfAtom);
            gatherDouble = kernel;
        }
        return gatherDouble;
    }

    private synchronized SegmentSumFloatKernel segmentSumFloat() {
        if (segmentSumFloat == null) {
            SegmentSumFloatKernel kernel = launcher.prepare(new SegmentSumFloatKernel());
            kernel.bindSegments(segmentOffsets, atomsByGroup);
            launcher.uploadStatic(kernel, segmentOffsets);
            launcher.uploadStatic(kernel, atomsByGroup);
            segmentSumFloat = kernel;
        }
        return segmentSumFloat;
    }

    private synchronized SegmentSumDoubleKernel segmentSumDouble() {
        if (segmentSumDouble == null) {
            SegmentSumDoubleKernel kernel = launcher.prepare(new SegmentSumDoubleKernel());
            kernel.bindSegments(segmentOffsets, atomsByGroup);
            launcher.uploadStatic(kernel, segmentOffsets);
            launcher.uploadStatic(kernel, atomsByGroup);
            segmentSumDouble = kernel;
        }
        return segmentSumDouble;
    }

}
