package org.occtensor.opencl.internal;

import org.occtensor.opencl.internal.kernels.SigmoidBackwardDoubleKernel;
import org.occtensor.opencl.internal.kernels.SigmoidBackwardFloatKernel;
import org.occtensor.opencl.internal.kernels.SigmoidDoubleKernel;
import org.occtensor.opencl.internal.kernels.SigmoidFloatKernel;

/** The logistic function and its adjoint on the device; double kernels exist only on fp64 devices. */
final class SigmoidOps implements AutoCloseable {

    private final KernelLauncher launcher;
    private final SigmoidFloatKernel sigmoidFloat;
    private final SigmoidBackwardFloatKernel backwardFloat;
    private final SigmoidDoubleKernel sigmoidDouble;
    private final SigmoidBackwardDoubleKernel backwardDouble;

    SigmoidOps(KernelLauncher launcher, boolean fp64) {
        this.launcher = launcher;
        this.sigmoidFloat = launcher.prepare(new SigmoidFloatKernel());
        this.backwardFloat = launcher.prepare(new SigmoidBackwardFloatKernel());
        this.sigmoidDouble = fp64 ? launcher.prepare(new SigmoidDoubleKernel()) : null;
        this.backwardDouble = fp64 ? launcher.prepare(new SigmoidBackwardDoubleKernel()) : null;
    }

    void sigmoid(float[] logits, float[] out, int n) {
        check("sigmoid", n, logits.length, out.length);
        if (n == 0) {
            return;
        }
        float[] input = logits == out ? logits.clone() : logits;
        synchronized (sigmoidFloat) {
            sigmoidFloat.bind(input, out, n);
            launcher.upload(sigmoidFloat, input);
            launcher.uploadIfPartlyWritten(sigmoidFloat, out, n);
            launcher.launch(sigmoidFloat, n);
            launcher.download(sigmoidFloat, out);
        }
    }

    void sigmoid(double[] logits, double[] out, int n) {
        check("sigmoid", n, logits.length, out.length);
        if (n == 0) {
            return;
        }
        double[] input = logits == out ? logits.clone() : logits;
        synchronized (sigmoidDouble) {
            sigmoidDouble.bind(input, out, n);
            launcher.upload(sigmoidDouble, input);
            launcher.uploadIfPartlyWritten(sigmoidDouble, out, n);
            launcher.launch(sigmoidDouble, n);
            launcher.download(sigmoidDouble, out);
        }
    }

    void backward(float[] out, float[] outGrad, float[] logitGrad, int n) {
        check("sigmoidBackward", n, out.length, logitGrad.length);
        ArrayChecks.requireLength("sigmoidBackward", "outGrad", outGrad.length, n);
        if (n == 0) {
            return;
        }
        float[] y = out == logitGrad ? out.clone() : out;
        float[] dy = outGrad == logitGrad || outGrad == out ? outGrad.clone() : outGrad;
        synchronized (backwardFloat) {
            backwardFloat.bind(y, dy, logitGrad, n);
            launcher.upload(backwardFloat, y);
            launcher.upload(backwardFloat, dy);
            launcher.uploadIfPartlyWritten(backwardFloat, logitGrad, n);
            launcher.launch(backwardFloat, n);
            launcher.download(backwardFloat, logitGrad);
        }
    }

    void backward(double[] out, double[] outGrad, double[] logitGrad, int n) {
        check("sigmoidBackward", n, out.length, logitGrad.length);
        ArrayChecks.requireLength("sigmoidBackward", "outGrad", outGrad.length, n);
        if (n == 0) {
            return;
        }
        double[] y = out == logitGrad ? out.clone() : out;
        double[] dy = outGrad == logitGrad || outGrad == out ? outGrad.clone() : outGrad;
        synchronized (backwardDouble) {
            backwardDouble.bind(y, dy, logitGrad, n);
            launcher.upload(backwardDouble, y);
            launcher.upload(backwardDouble, dy);
            launcher.uploadIfPartlyWritten(backwardDouble, logitGrad, n);
            launcher.launch(backwardDouble, n);
            launcher.download(backwardDouble, logitGrad);
        }
    }

    @Override
    public void close() {
        launcher.dispose(sigmoidFloat);
        launcher.dispose(backwardFloat);
        launcher.dispose(sigmoidDouble);
        launcher.dispose(backwardDouble);
    }

    private static void check(String op, int n, int inputLength, int outputLength) {
        ArrayChecks.requireCount(op, "n", n);
        ArrayChecks.requireLength(op, "input", inputLength, n);
        ArrayChecks.requireLength(op, "output", outputLength, n);
    }
}
