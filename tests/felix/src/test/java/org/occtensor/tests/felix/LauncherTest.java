package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.tests.felix.chain.ChainStrategy;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * Runs the cli feature's runnable jar as {@code ./occtensor} does, in a child JVM: bnd's launcher
 * starts Felix with every bundle, then the command runs inside the framework.
 */
class LauncherTest {

    /** Generous bound so that a hung child cannot stall the build; a normal run takes seconds. */
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    @Test
    void strategiesJsonListsBuiltInStrategies() throws Exception {
        Run run = occtensor("strategies", "--json");

        assertEquals(0, run.status(), run.err());
        List<Map<String, String>> rows = parse(run.out());
        assertEquals(List.of("altloc", "custom", "residue"), rows.stream().map(r -> r.get("name")).toList());
        for (Map<String, String> row : rows) {
            assertEquals(List.of("name", "bundle", "version", "description"), new ArrayList<>(row.keySet()));
            assertEquals("org.occtensor.grouping." + row.get("name"), row.get("bundle"));
            assertTrue(row.get("version").startsWith("0.1.0"), row.toString());
            assertTrue(!row.get("description").isBlank(), row.toString());
        }
    }

    @Test
    void pluginFolderAddsStrategy() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestBundles.strategy(plugins, "org.occtensor.tests.chain", ChainStrategy.class);

        Run run = occtensor("--plugins", plugins.toString(), "strategies", "--json");

        assertEquals(0, run.status(), run.err());
        List<Map<String, String>> rows = parse(run.out());
        assertEquals(List.of("altloc", "chain", "custom", "residue"), rows.stream().map(r -> r.get("name")).toList());
        Map<String, String> chain = rows.get(1);
        assertEquals("org.occtensor.tests.chain", chain.get("bundle"));
        assertEquals("1.0.0", chain.get("version"));
        assertEquals("one group per chain for atoms no earlier strategy grouped", chain.get("description"));
    }

    @Test
    void refineUsesPluginStrategyChosenByGroups() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestBundles.strategy(plugins, "org.occtensor.tests.chain", ChainStrategy.class);
        Path prefix = dir.resolve("out").resolve("1bdw_chain");

        Run run = occtensor("--plugins", plugins.toString(), "refine",
                ProjectPaths.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                ProjectPaths.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--groups", "altloc,chain",
                "--device", "cpu", "--cycles", "1", "--quiet", "--out", prefix.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("R-free"), run.out());
        Map<?, ?> report = new Gson().fromJson(Files.readString(prefix.resolveSibling("1bdw_chain_report.json")),
                Map.class);
        assertEquals(List.of("altloc", "chain"), report.get("strategies"));
        List<?> labels = ((List<?>) report.get("groups")).stream().map(g -> ((Map<?, ?>) g).get("label")).toList();
        assertTrue(labels.contains("chain A"), labels.toString());
        assertTrue(labels.contains("chain B"), labels.toString());
        assertEquals("cpu", report.get("backend"));
    }

    @Test
    void quietRefineLogsNoWarnings() throws Exception {
        Path model = dir.resolve("1bdw.cif");
        MinimalCif.write(ProjectPaths.sharedData("1bdw/1bdw_refine_001.pdb"), model);
        String data = ProjectPaths.sharedData("1bdw/1bdw_refine_001.mtz").toString();

        Run loud = occtensor("refine", model.toString(), data, "--device", "cpu", "--cycles", "1", "--out",
                dir.resolve("loud").toString());
        Run quiet = occtensor("refine", model.toString(), data, "--device", "cpu", "--cycles", "1", "--quiet",
                "--out", dir.resolve("quiet").toString());

        assertEquals(0, loud.status(), loud.err());
        assertTrue(loud.err().contains("WARN org.occtensor"), loud.err());
        assertTrue(loud.err().contains("WARN org.biojava"), loud.err());
        assertEquals(0, quiet.status(), quiet.err());
        assertTrue(!quiet.err().contains("WARN"), quiet.err());
        assertTrue(quiet.out().contains("R-free"), quiet.out());
    }

    @Test
    void badPluginsReportedByFileName() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path plain = plainJar(plugins.resolve("plain.jar"));
        Path broken = TestBundles.unresolvable(plugins, "org.occtensor.tests.broken", ChainStrategy.class,
                "com.example.missing");

        Run run = occtensor("--plugins", plugins.toString(), "strategies");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: plug-in " + plain
                + ": not an OSGi bundle: its manifest has no Bundle-SymbolicName header"), run.err());
        assertTrue(run.err().contains("warning: plug-in " + broken + ": bundle org.occtensor.tests.broken 1.0.0 ["),
                run.err());
        assertTrue(run.err().contains("does not resolve: missing requirement osgi.wiring.package; "
                + "(osgi.wiring.package=com.example.missing)"), run.err());
        assertTrue(run.out().contains("residue"), run.out());
        assertTrue(!run.out().contains("chain"), run.out());
    }

    @Test
    void missingPluginFolderIsUserError() throws Exception {
        Path missing = dir.resolve("no-such-folder");

        Run run = occtensor("--plugins", missing.toString(), "strategies");

        assertEquals(2, run.status());
        assertEquals("error: plug-in folder " + missing + " does not exist or is not a folder",
                run.err().strip());
    }

    @Test
    void quietScriptPrintsOnlyTheSummary() throws Exception {
        // The ./occtensor script filters the one line that Aparapi's native code prints about the OpenCL
        // platform version. Device auto uses OpenCL where a platform (PoCL in CI) is installed.
        ProjectPaths.featureJar("cli");
        Path script = ProjectPaths.features().getParent().resolve("occtensor");

        Run run = run(List.of("bash", script.toString(), "refine",
                ProjectPaths.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                ProjectPaths.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--cycles", "1", "--quiet",
                "--out", dir.resolve("quiet").toString()));

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "standard error of a quiet run");
        assertTrue(run.out().startsWith("R-work "), run.out());
    }

    @Test
    void scriptNamesASilentNativeCrash() throws Exception {
        // A stand-in for java that dies on SIGSEGV the way a crash in a native OpenCL thread does.
        ProjectPaths.featureJar("cli");
        Path fakeHome = dir.resolve("fake-java");
        Path fakeJava = Files.createDirectories(fakeHome.resolve("bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nkill -SEGV $$\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Path script = ProjectPaths.features().getParent().resolve("occtensor");

        Run run = run(List.of("bash", script.toString(), "strategies", "--quiet"), fakeHome);

        assertEquals(139, run.status(), run.err());
        assertTrue(run.err().contains("killed by signal 11"), run.err());
        assertTrue(run.err().contains("--device cpu"), run.err());
    }

    private Run occtensor(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(ProjectPaths.featureJar("cli").toString());
        command.addAll(List.of(args));
        return run(command);
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        // The script runs $JAVA_HOME/bin/java: the same Java as this test.
        return run(command, Path.of(System.getProperty("java.home")));
    }

    private Run run(List<String> command, Path javaHome) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish; stderr: "
                    + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> parse(String json) {
        return new Gson().fromJson(json, new TypeToken<List<Map<String, String>>>() { }.getType());
    }

    /** Writes a jar whose manifest has no OSGi headers. */
    private static Path plainJar(Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
        return target;
    }
}
