package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Locates fixtures and the real datasets, and counts records the plain way, for the tests. */
final class TestFiles {

    /** The three real models under shared/data, relative to that folder. */
    static final List<String> REAL_MODELS = List.of(
            "1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb");

    private TestFiles() {
    }

    /** Returns a fixture from src/test/resources/fixtures. */
    static Path fixture(String name) {
        URL url = TestFiles.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns a file of the shared real datasets. When the datasets are missing the test is
     * skipped, except under CI=true, where it fails.
     */
    static Path realData(String relative) {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isDirectory(folder.resolve("shared/data"))) {
            folder = folder.getParent();
        }
        Path file = folder == null ? null : folder.resolve("shared/data").resolve(relative);
        if (file == null || !Files.isRegularFile(file)) {
            String message = "real dataset " + relative + " not found above " + Path.of("").toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return file;
    }

    /** Counts lines that start with "ATOM  " or "HETATM", without any parser. */
    static int countAtomRecordLines(Path file) throws IOException {
        int count = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                count++;
            }
        }
        return count;
    }

    /** Counts mmCIF lines that start with "ATOM " or "HETATM ", one _atom_site row each in gemmi's output. */
    static int countAtomSiteLines(Path file) throws IOException {
        int count = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("ATOM ") || line.startsWith("HETATM ")) {
                count++;
            }
        }
        return count;
    }

    /**
     * Removes {@code _atom_site.occupancy} from a gemmi-written mmCIF text, whose rows are one line
     * each and start with ATOM or HETATM.
     */
    static String withoutOccupancyColumn(String cif) {
        List<String> lines = new ArrayList<>(List.of(cif.split("\n", -1)));
        int firstTag = lines.indexOf("_atom_site.group_PDB");
        int column = lines.indexOf("_atom_site.occupancy") - firstTag;
        lines.remove("_atom_site.occupancy");
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.startsWith("ATOM ") || line.startsWith("HETATM ")) {
                List<String> values = new ArrayList<>(List.of(line.split(" ")));
                values.remove(column);
                lines.set(n, String.join(" ", values));
            }
        }
        return String.join("\n", lines);
    }

    static Path writeText(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    static Path gzip(Path source, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }
}
