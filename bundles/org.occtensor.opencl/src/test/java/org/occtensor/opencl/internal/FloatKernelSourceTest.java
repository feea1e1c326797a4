package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aparapi.Kernel;
import com.aparapi.internal.model.ClassModel;
import com.aparapi.internal.writer.KernelWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the OpenCL C that Aparapi generates. Float kernels must not mention double at all: a device
 * without fp64 rejects a program with a double literal or variable. Double kernels must enable
 * cl_khr_fp64, so that the fp64 fallback is decided by the catalog and not by accident.
 */
class FloatKernelSourceTest {

    static Stream<KernelCatalog.Entry> entries() {
        return KernelCatalog.entries().stream();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void precisionMatchesCatalog(KernelCatalog.Entry entry) throws Exception {
        Kernel kernel = entry.kernel().getDeclaredConstructor().newInstance();

        String source = KernelWriter.writeToString(ClassModel.createClassModel(entry.kernel()).getEntrypoint("run",
                kernel));

        if (entry.fp64()) {
            assertTrue(source.contains("cl_khr_fp64"), entry.kernel().getSimpleName() + " should use doubles");
        } else {
            assertFalse(source.contains("double"), entry.kernel().getSimpleName() + " mentions double:\n" + source);
            assertFalse(source.contains("cl_khr_fp64"), entry.kernel().getSimpleName() + " enables fp64");
        }
    }
}
