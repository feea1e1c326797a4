package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.aparapi.exception.CompileFailedException;
import org.junit.jupiter.api.Test;

/** The one-paragraph message that the backend logs when a kernel fails. */
class KernelFailureTest {

    @Test
    void messageNamesKernelDeviceAndCause() {
        NullPointerException root = new NullPointerException("_method is null");
        CompileFailedException wrapped = new CompileFailedException(root);

        KernelFailure failure = new KernelFailure("GPU 0 on Vendor", "StructureFactorKernel", "failed to build",
                wrapped);

        // CompileFailedException's message is root.toString(), so the root cause is not repeated.
        assertEquals("OpenCL kernel StructureFactorKernel failed to build on GPU 0 on Vendor: "
                + "CompileFailedException: java.lang.NullPointerException: _method is null", failure.getMessage());
        assertSame(wrapped, failure.getCause());
    }

    @Test
    void messageKeepsDistinctCauses() {
        IllegalStateException root = new IllegalStateException("queue lost");
        RuntimeException wrapped = new RuntimeException("launch failed", root);

        KernelFailure failure = new KernelFailure("CPU 0 on PoCL", "SigmoidFloatKernel", "failed to run", wrapped);

        assertEquals("OpenCL kernel SigmoidFloatKernel failed to run on CPU 0 on PoCL: RuntimeException: launch "
                + "failed <- IllegalStateException: queue lost", failure.getMessage());
    }

    @Test
    void compileFailurePointsToBuildLog() {
        KernelFailure failure = new KernelFailure("CPU 0 on PoCL", "BadKernel", "failed to build",
                new CompileFailedException("OpenCL compile failed"));

        assertEquals("OpenCL kernel BadKernel failed to build on CPU 0 on PoCL: CompileFailedException: OpenCL "
                + "compile failed (the OpenCL build log is on standard error)", failure.getMessage());
    }
}
