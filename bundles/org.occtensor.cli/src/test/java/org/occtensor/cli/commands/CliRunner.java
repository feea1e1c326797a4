package org.occtensor.cli.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.occtensor.refine.api.PluginRegistry;

/** Runs the command tree in-process on the plug-ins of the test class path. */
final class CliRunner {

    record Result(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PluginRegistry registry = PluginRegistry.fromServiceLoader(CliRunner.class.getClassLoader());
        int status = Cli.execute(registry, args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    /** Finds a file of the shared data folder; skips the test outside CI when it is missing, fails in CI. */
    static Path sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("shared data file " + relative + " is missing");
        }
        Assumptions.abort("shared data file " + relative + " is missing");
        return null;
    }
}
