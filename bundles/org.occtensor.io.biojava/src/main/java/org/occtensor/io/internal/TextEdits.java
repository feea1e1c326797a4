package org.occtensor.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of non-overlapping ranges of a text, applied in one pass. */
final class TextEdits {

    private record Edit(int offset, int length, String replacement) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void replace(TextSpan span, String replacement) {
        edits.add(new Edit(span.offset(), span.length(), replacement));
    }

    void insert(int offset, String insertion) {
        edits.add(new Edit(offset, 0, insertion));
    }

    int size() {
        return edits.size();
    }

    String applyTo(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::offset));
        StringBuilder sb = new StringBuilder(text.length() + 16 * sorted.size());
        int copied = 0;
        for (Edit edit : sorted) {
            if (edit.offset() < copied) {
                throw new IllegalStateException("overlapping text edits at offset " + edit.offset());
            }
            sb.append(text, copied, edit.offset()).append(edit.replacement());
            copied = edit.offset() + edit.length();
        }
        return sb.append(text, copied, text.length()).toString();
    }
}
