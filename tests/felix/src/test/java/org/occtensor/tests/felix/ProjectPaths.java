package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built features and the shared test data are, seen from this module. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The features folder of the reactor (set by the pom; the fallback assumes tests/felix). */
    static Path features() {
        String configured = System.getProperty("occtensor.features");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../features");
        return dir.toAbsolutePath().normalize();
    }

    /** Returns the runnable jar of {@code feature}, failing with the build command when it is missing. */
    static Path featureJar(String feature) {
        Path jar = features().resolve(feature).resolve("target").resolve(feature + ".jar");
        if (!Files.isRegularFile(jar)) {
            fail("feature jar " + jar + " is missing; build it with: mvn -pl features/" + feature + " -am package");
        }
        return jar;
    }

    /**
     * Returns a file under the shared data folder, found by walking up from the working directory
     * to the folder that has {@code shared/data}. When the data is missing the test is skipped,
     * except in CI ({@code CI=true}), where it fails.
     */
    static Path sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String message = "shared data file " + relative + " not found above " + Path.of("").toAbsolutePath();
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }
}
