package org.occtensor.opencl.internal;

import com.aparapi.Kernel;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxBackwardDoubleKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxBackwardFloatKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxDoubleKernel;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxFloatKernel;

/**
 * Conformer layout whose arrays stay on the OpenCL device. It owns its softmax kernels, which
 * upload the layout once, when first used.
 */
final class OpenClConformerLayout implements ConformerLayout {

    private final KernelLauncher launcher;
    private final int groupCount;
    private final int[] setOffsets;
    private final int[] members;
    private final boolean[] partial;
    private final double[] budget;
    private final int[] partialFlags;
    private final float[] budgetFloat;

    private ConformerSoftmaxFloatKernel softmaxFloat;
    private ConformerSoftmaxDoubleKernel softmaxDouble;
    private ConformerSoftmaxBackwardFloatKernel backwardFloat;
    private ConformerSoftmaxBackwardDoubleKernel backwardDouble;
    private ConformerLayout cpuLayout;

    OpenClConformerLayout(KernelLauncher launcher, int groupCount, int[] setOffsets, int[] members, boolean[] partial,
                          double[] budget) {
        this.launcher = launcher;
        this.groupCount = groupCount;
        this.setOffsets = setOffsets.clone();
        this.members = members.clone();
        this.partial = partial.clone();
        this.budget = budget.clone();
        validate();
        this.partialFlags = new int[this.partial.length];
        this.budgetFloat = new float[this.budget.length];
        for (int s = 0; s < this.partial.length; s++) {
            partialFlags[s] = this.partial[s] ? 1 : 0;
            budgetFloat[s] = (float) this.budget[s];
        }
    }

    @Override
    public int groupCount() {
        return groupCount;
    }

    @Override
    public int setCount() {
        return partial.length;
    }

    @Override
    public int[] setOffsets() {
        return setOffsets;
    }

    @Override
    public int[] members() {
        return members;
    }

    @Override
    public boolean[] partial() {
        return partial;
    }

    @Override
    public double[] budget() {
        return budget;
    }

    void softmax(float[] logits, float[] occupancies) {
        checkGroupArray("conformerSoftmax", "logits", logits.length);
        checkGroupArray("conformerSoftmax", "occupancies", occupancies.length);
        if (setCount() == 0 || members.length == 0) {
            return;
        }
        float[] input = logits == occupancies ? logits.clone() : logits;
        ConformerSoftmaxFloatKernel kernel = softmaxFloat();
        synchronized (kernel) {
            kernel.bindValues(input, occupancies);
            launcher.upload(kernel, input);
            launcher.upload(kernel, occupancies);
            launcher.launch(kernel, setCount());
            launcher.download(kernel, occupancies);
        }
    }

    void softmax(double[] logits, double[] occupancies) {
        checkGroupArray("conformerSoftmax", "logits", logits.length);
        checkGroupArray("conformerSoftmax", "occupancies", occupancies.length);
        if (setCount() == 0 || members.length == 0) {
            return;
        }
        double[] input = logits == occupancies ? logits.clone() : logits;
        ConformerSoftmaxDoubleKernel kernel = softmaxDouble();
        synchronized (kernel) {
            kernel.bindValues(input, occupancies);
            launcher.upload(kernel, input);
            launcher.upload(kernel, occupancies);
            launcher.launch(kernel, setCount());
            launcher.download(kernel, occupancies);
        }
    }

    void backward(float[] occupancies, float[] occupancyGrad, float[] logitGrad) {
        checkGroupArray("conformerSoftmaxBackward", "occupancies", occupancies.length);
        checkGroupArray("conformerSoftmaxBackward", "occupancyGrad", occupancyGrad.length);
        checkGroupArray("conformerSoftmaxBackward", "logitGrad", logitGrad.length);
        if (setCount() == 0 || members.length == 0) {
            return;
        }
        float[] q = occupancies == logitGrad ? occupancies.clone() : occupancies;
        float[] dq = occupancyGrad == logitGrad || occupancyGrad == occupancies ? occupancyGrad.clone() : occupancyGrad;
        ConformerSoftmaxBackwardFloatKernel kernel = backwardFloat();
        synchronized (kernel) {
            kernel.bindValues(q, dq, logitGrad);
            launcher.upload(kernel, q);
            launcher.upload(kernel, dq);
            launcher.upload(kernel, logitGrad);
            launcher.launch(kernel, setCount());
            launcher.download(kernel, logitGrad);
        }
    }

    void backward(double[] occupancies, double[] occupancyGrad, double[] logitGrad) {
        checkGroupArray("conformerSoftmaxBackward", "occupancies", occupancies.length);
        checkGroupArray("conformerSoftmaxBackward", "occupancyGrad", occupancyGrad.length);
        checkGroupArray("conformerSoftmaxBackward", "logitGrad", logitGrad.length);
        if (setCount() == 0 || members.length == 0) {
            return;
        }
        double[] q = occupancies == logitGrad ? occupancies.clone() : occupancies;
        double[] dq = occupancyGrad == logitGrad || occupancyGrad == occupancies ? occupancyGrad.clone()
                : occupancyGrad;
        ConformerSoftmaxBackwardDoubleKernel kernel = backwardDouble();
        synchronized (kernel) {
            kernel.bindValues(q, dq, logitGrad);
            launcher.upload(kernel, q);
            launcher.upload(kernel, dq);
            launcher.upload(kernel, logitGrad);
            launcher.launch(kernel, setCount());
            launcher.download(kernel, logitGrad);
        }
    }

    /** Returns the same layout prepared by the CPU backend, for ops that fall back to it. */
    synchronized ConformerLayout cpuLayout(ComputeBackend cpu) {
        if (cpuLayout == null) {
            cpuLayout = cpu.prepareConformers(groupCount, setOffsets, members, partial, budget);
        }
        return cpuLayout;
    }

    /** Returns the launcher this layout was prepared with, which identifies the owning backend. */
    KernelLauncher launcher() {
        return launcher;
    }

    @Override
    public synchronized void close() {
        launcher.dispose(softmaxFloat);
        launcher.dispose(softmaxDouble);
        launcher.dispose(backwardFloat);
        launcher.dispose(backwardDouble);
        softmaxFloat = null;
        softmaxDouble = null;
        backwardFloat = null;
        backwardDouble = null;
        if (cpuLayout != null) {
            cpuLayout.close();
            cpuLayout = null;
        }
    }

    private synchronized ConformerSoftmaxFloatKernel softmaxFloat() {
        if (softmaxFloat == null) {
            ConformerSoftmaxFloatKernel kernel = launcher.prepare(new ConformerSoftmaxFloatKernel());
            kernel.bindLayout(setOffsets, members, partialFlags, budgetFloat);
            uploadLayout(kernel);
            launcher.uploadStatic(kernel, partialFlags);
            launcher.uploadStatic(kernel, budgetFloat);
            softmaxFloat = kernel;
        }
        return softmaxFloat;
    }

    private synchronized ConformerSoftmaxDoubleKernel softmaxDouble() {
        if (softmaxDouble == null) {
            ConformerSoftmaxDoubleKernel kernel = launcher.prepare(new ConformerSoftmaxDoubleKernel());
            kernel.bindLayout(setOffsets, members, partialFlags, budget);
            uploadLayout(kernel);
            launcher.uploadStatic(kernel, partialFlags);
            launcher.uploadStatic(kernel, budget);
            softmaxDouble = kernel;
        }
        return softmaxDouble;
    }

    private synchronized ConformerSoftmaxBackwardFloatKernel backwardFloat() {
        if (backwardFloat == null) {
            ConformerSoftmaxBackwardFloatKernel kernel = launcher.prepare(new ConformerSoftmaxBackwardFloatKernel());
            kernel.bindLayout(setOffsets, members, budgetFloat);
            uploadLayout(kernel);
            launcher.uploadStatic(kernel, budgetFloat);
            backwardFloat = kernel;
        }
        return backwardFloat;
    }

    private synchronized ConformerSoftmaxBackwardDoubleKernel backwardDouble() {
        if (backwardDouble == null) {
            ConformerSoftmaxBackwardDoubleKernel kernel = launcher.prepare(new ConformerSoftmaxBackwardDoubleKernel());
            kernel.bindLayout(setOffsets, members, budget);
            uploadLayout(kernel);
            launcher.uploadStatic(kernel, budget);
            backwardDouble = kernel;
        }
        return backwardDouble;
    }

    private void uploadLayout(Kernel kernel) {
        launcher.uploadStatic(kernel, setOffsets);
        launcher.uploadStatic(kernel, members);
    }

    private void checkGroupArray(String op, String array, int length) {
        ArrayChecks.requireLength(op, array, length, groupCount);
    }

    /** Checks what the kernels rely on: offsets ascend within the member array and members are groups. */
    private void validate() {
        int sets = partial.length;
        if (setOffsets.length != sets + 1 || budget.length != sets) {
            throw new IllegalArgumentException("conformer layout of " + sets + " sets needs " + (sets + 1)
                    + " offsets and " + sets + " budgets, got " + setOffsets.length + " and " + budget.length);
        }
        for (int s = 0; s < sets; s++) {
            if (setOffsets[s] < 0 || setOffsets[s] > setOffsets[s + 1] || setOffsets[s + 1] > members.length) {
                throw new IllegalArgumentException("conformer set " + s + " has member range " + setOffsets[s] + ".."
                        + setOffsets[s + 1] + ", outside 0.." + members.length + " or descending");
            }
        }
        for (int m : members) {
            if (m < 0 || m >= groupCount) {
                throw new IllegalArgumentException("conformer member " + m + " is outside 0.." + (groupCount - 1));
            }
        }
    }

}
