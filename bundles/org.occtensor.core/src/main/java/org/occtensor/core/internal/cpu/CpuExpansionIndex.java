package org.occtensor.core.internal.cpu;

import org.occtensor.core.spi.ExpansionIndex;

/**
 * Expansion index with its group-sorted inverse, built once on the heap. The OpenCL backend wraps this
 * index and uploads its arrays.
 */
final class CpuExpansionIndex implements ExpansionIndex {

    private final int groupCount;
    private final int[] groupOfAtom;
    private final int[] segmentOffsets;
    private final int[] atomsByGroup;

    CpuExpansionIndex(int[] groupOfAtom, int groupCount) {
        if (groupCount < 0) {
            throw new IllegalArgumentException("group count is negative: " + groupCount);
        }
        this.groupCount = groupCount;
        this.groupOfAtom = groupOfAtom.clone();
        this.segmentOffsets = new int[groupCount + 1];
        this.atomsByGroup = new int[groupOfAtom.length];
        for (int a = 0; a < groupOfAtom.length; a++) {
            int g = groupOfAtom[a];
            if (g < 0 || g >= groupCount) {
                throw new IllegalArgumentException("atom " + a + " has group " + g + ", outside 0.." + (groupCount - 1));
            }
            segmentOffsets[g + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            segmentOffsets[g + 1] += segmentOffsets[g];
        }
        int[] next = java.util.Arrays.copyOf(segmentOffsets, groupCount);
        for (int a = 0; a < groupOfAtom.length; a++) {
            atomsByGroup[next[groupOfAtom[a]]++] = a;
        }
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
}
