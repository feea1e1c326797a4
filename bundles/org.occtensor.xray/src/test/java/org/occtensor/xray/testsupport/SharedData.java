package org.occtensor.xray.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real datasets in {@code shared/data}, which sits beside the repository root: the search
 * walks up from the working directory (Surefire runs in the module folder).
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * Returns {@code shared/data/relative}. When it is missing the calling test is skipped, except
     * under {@code CI=true}, where it fails.
     */
    public static Path require(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String message = "shared/data/" + relative + " not found above " + Path.of("").toAbsolutePath();
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message + "; skipping outside CI");
        throw new IllegalStateException("unreachable: assumeTrue(false) aborts the test");
    }
}
