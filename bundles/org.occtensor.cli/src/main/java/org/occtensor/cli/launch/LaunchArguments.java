package org.occtensor.cli.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line split into what the launcher handles ({@code --plugins DIR} or
 * {@code --plugins=DIR}, anywhere on the line) and what goes on to the command tree.
 *
 * @param pluginDirs   plug-in folders, in the order given
 * @param commandLine  every other argument, in order
 */
record LaunchArguments(List<Path> pluginDirs, String[] commandLine) {

    static final String PLUGINS = "--plugins";

    /**
     * Splits {@code args}.
     *
     * @throws IllegalArgumentException when {@code --plugins} has no folder after it
     */
    static LaunchArguments parse(String[] args) {
        List<Path> dirs = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Optional<String> inline = arg.startsWith(PLUGINS + "=")
                    ? Optional.of(arg.substring(PLUGINS.length() + 1)) : Optional.empty();
            if (inline.isPresent()) {
                dirs.add(folder(inline.get()));
            } else if (arg.equals(PLUGINS)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(PLUGINS + " needs a folder of bundle jars after it");
                }
                dirs.add(folder(args[++i]));
            } else {
                rest.add(arg);
            }
        }
        return new LaunchArguments(List.copyOf(dirs), rest.toArray(String[]::new));
    }

    private static Path folder(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(PLUGINS + " needs a folder of bundle jars, got an empty value");
        }
        return Path.of(text);
    }
}
