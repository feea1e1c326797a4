package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tolerated problems of one file. Each kind keeps its first few messages and counts the rest, so
 * a file with thousands of missing occupancies gives a short list.
 */
final class Warnings {

    private static final Logger LOG = LoggerFactory.getLogger(Warnings.class);
    private static final int MESSAGES_PER_KIND = 5;

    private final Path file;
    private final boolean logged;
    private final Map<String, List<String>> messagesByKind = new LinkedHashMap<>();
    private final Map<String, Integer> countByKind = new LinkedHashMap<>();

    Warnings(Path file) {
        this(file, true);
    }

    private Warnings(Path file, boolean logged) {
        this.file = file;
        this.logged = logged;
    }

    /** Returns warnings that are collected but not logged, for a second scan of a file already read. */
    static Warnings unlogged(Path file) {
        return new Warnings(file, false);
    }

    /**
     * Records a warning of {@code kind}; {@code line} is 0 when it concerns the whole file. Chars of
     * {@code message} outside printable ASCII are escaped, since it may quote the file's text.
     */
    void add(String kind, int line, String message) {
        int count = countByKind.merge(kind, 1, Integer::sum);
        if (count > MESSAGES_PER_KIND) {
            return;
        }
        String text = file + (line > 0 ? ", line " + line : "") + ": " + PrintableText.escape(message);
        messagesByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(text);
        if (logged) {
            LOG.warn("{}", text);
        }
    }

    /** Returns the kept messages plus one summary line per kind that had more. */
    List<String> messages() {
        List<String> all = new ArrayList<>();
        messagesByKind.forEach((kind, messages) -> {
            all.addAll(messages);
            int more = countByKind.get(kind) - messages.size();
            if (more > 0) {
                String summary = file + ": " + more + " more warnings of this kind: " + kind;
                all.add(summary);
                if (logged) {
                    LOG.warn("{}", summary);
                }
            }
        });
        return all;
    }
}
