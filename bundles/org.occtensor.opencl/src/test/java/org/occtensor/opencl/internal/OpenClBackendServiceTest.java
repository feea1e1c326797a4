package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ExpansionIndex;

/** The service as plain-Java users get it: through ServiceLoader, next to the CPU backend. */
class OpenClBackendServiceTest {

    @Test
    void serviceLoaderListsBothBackends() {
        List<String> types = ServiceLoader.load(ComputeBackend.class).stream()
                .map(provider -> provider.type().getSimpleName())
                .collect(Collectors.toList());

        assertTrue(types.contains("CpuBackend"), types.toString());
        assertTrue(types.contains("OpenClBackendService"), types.toString());
    }

    @Test
    void serviceRunsOnOpenCl() {
        OpenClTestSupport.device();
        OpenClBackendService service = new OpenClBackendService();

        try (ExpansionIndex index = service.prepareExpansion(new int[] {1, 0, 1}, 2)) {
            float[] atomValues = new float[3];
            service.gather(index, new float[] {3, 4}, atomValues);
            assertArrayEquals(new float[] {4, 3, 4}, atomValues);
        }

        assertEquals("opencl", service.name());
        assertEquals(OpenClTestSupport.deviceInfo().label(), service.device());
        assertTrue(service.selectionReason().contains("every kernel built"), service.selectionReason());
        service.close();
    }
}
