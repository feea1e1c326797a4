package org.occtensor.opencl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceSpecTest {

    @Test
    void keywordsParse() {
        assertEquals(DeviceSpec.Kind.AUTO, DeviceSpec.parse("auto").kind());
        assertEquals(DeviceSpec.Kind.CPU, DeviceSpec.parse("CPU").kind());
        assertEquals(DeviceSpec.Kind.OPENCL, DeviceSpec.parse(" opencl ").kind());
    }

    @Test
    void indexParses() {
        DeviceSpec spec = DeviceSpec.parse("opencl:2");

        assertEquals(DeviceSpec.Kind.OPENCL_INDEX, spec.kind());
        assertEquals(2, spec.index());
        assertNull(spec.name());
        assertEquals("opencl:2", spec.toString());
    }

    @Test
    void nameKeepsCase() {
        DeviceSpec spec = DeviceSpec.parse("OpenCL:GeForce RTX 4090");

        assertEquals(DeviceSpec.Kind.OPENCL_NAME, spec.kind());
        assertEquals("GeForce RTX 4090", spec.name());
        assertEquals(-1, spec.index());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "opencl:", "cuda:0", "", "  "})
    void invalidSpecRejected(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceSpec.parse(value));

        assertTrue(e.getMessage().contains(DeviceSpec.FORMS), e.getMessage());
    }

    @Test
    void hugeIndexRejectedWithValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeviceSpec.parse("opencl:99999999999"));

        assertTrue(e.getMessage().contains("99999999999"), e.getMessage());
    }
}
