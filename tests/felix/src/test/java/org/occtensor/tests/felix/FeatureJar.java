package org.occtensor.tests.felix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A feature's runnable jar as bnd exports it: the bundles under {@code jar/} and the launch
 * settings in {@code launcher.properties}.
 */
final class FeatureJar {

    private final Path jar;
    private final Properties launch = new Properties();

    FeatureJar(Path jar) throws IOException {
        this.jar = jar;
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("launcher.properties");
            if (entry == null) {
                throw new IOException(jar + " has no launcher.properties; is it a bnd runnable jar?");
            }
            try (InputStream in = file.getInputStream(entry)) {
                launch.load(in);
            }
        }
    }

    static FeatureJar of(String feature) throws IOException {
        return new FeatureJar(ProjectPaths.featureJar(feature));
    }

    /** The packages the launcher adds to the system bundle's exports (SLF4J among them). */
    String systemPackages() {
        return launch.getProperty("launch.system.packages", "");
    }

    /** Copies the feature's bundles into {@code dir}, in launch order, and returns their paths. */
    List<Path> extractBundles(Path dir) throws IOException {
        List<Path> bundles = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String name : launch.getProperty("launch.bundles", "").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                ZipEntry entry = file.getEntry(name.trim());
                if (entry == null) {
                    throw new IOException(jar + " lists bundle " + name + " but does not contain it");
                }
                Path target = dir.resolve(Path.of(name.trim()).getFileName());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                bundles.add(target);
            }
        }
        return bundles;
    }
}
