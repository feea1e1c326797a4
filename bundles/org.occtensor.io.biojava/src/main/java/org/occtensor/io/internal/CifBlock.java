package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.occtensor.io.api.ModelReadException;

/**
 * The categories of the first data block of a CIF text. Save frames are not expected in model
 * files; their contents are read as part of the block.
 */
final class CifBlock {

    private final String text;
    private final CifToken header;
    private final Map<String, CifTable> tables;

    private CifBlock(String text, CifToken header, Map<String, CifTable> tables) {
        this.text = text;
        this.header = header;
        this.tables = tables;
    }

    /** Reads the first data block; warns when the file has more. */
    static CifBlock first(Path file, String text, List<CifToken> tokens, Warnings warnings) throws ModelReadException {
        int start = 0;
        while (start < tokens.size() && tokens.get(start).kind() != CifToken.Kind.DATA) {
            start++;
        }
        if (start == tokens.size()) {
            throw new ModelReadException(file, 0, null, "no data_ block header");
        }
        Builder builder = new Builder(file, text);
        int i = start + 1;
        while (i < tokens.size() && tokens.get(i).kind() != CifToken.Kind.DATA) {
            i = builder.read(tokens, i);
        }
        if (i < tokens.size()) {
            warnings.add("more than one data block", tokens.get(i).line(),
                    "only the first data block is read; block '" + tokens.get(i).raw(text) + "' is ignored");
        }
        return new CifBlock(text, tokens.get(start), builder.finish());
    }

    String text() {
        return text;
    }

    /** Returns the block header token, "data_" and the block name. */
    CifToken header() {
        return header;
    }

    Optional<CifTable> table(String category) {
        return Optional.ofNullable(tables.get(category.toLowerCase(Locale.ROOT)));
    }

    /** Collects loops and tag-value pairs by category. */
    private static final class Builder {
        private final Path file;
        private final String text;
        private final Map<String, CifTable> tables = new LinkedHashMap<>();
        private final Map<String, List<CifToken>> pairTags = new LinkedHashMap<>();
        private final Map<String, List<CifToken>> pairValues = new LinkedHashMap<>();

        Builder(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        /** Reads the item starting at token {@code i}; returns the index of the next item. */
        int read(List<CifToken> tokens, int i) throws ModelReadException {
            CifToken token = tokens.get(i);
            switch (token.kind()) {
                case LOOP:
                    return readLoop(tokens, i + 1);
                case TAG:
                    return readPair(tokens, i);
                case SAVE:
                case GLOBAL:
                case STOP:
                    return i + 1;
                default:
                    throw new ModelReadException(file, token.line(), FormatDetector.abbreviate(token.raw(text)),
                            "value without a tag");
            }
        }

        private int readPair(List<CifToken> tokens, int i) throws ModelReadException {
            CifToken tag = tokens.get(i);
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).isValue()) {
                throw new ModelReadException(file, tag.line(), tag.raw(text), "tag has no value; the file may be truncated");
            }
            String category = categoryOf(tag);
            pairTags.computeIfAbsent(category, c -> new ArrayList<>()).add(tag);
            pairValues.computeIfAbsent(category, c -> new ArrayList<>()).add(tokens.get(i + 1));
            return i + 2;
        }

        private int readLoop(List<CifToken> tokens, int i) throws ModelReadException {
            List<CifToken> tags = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i).kind() == CifToken.Kind.TAG) {
                tags.add(tokens.get(i++));
            }
            List<CifToken> values = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i).isValue()) {
                values.add(tokens.get(i++));
            }
            if (tags.isEmpty()) {
                int line = i < tokens.size() ? tokens.get(i).line() : 0;
                throw new ModelReadException(file, line, null, "loop_ without tags");
            }
            String category = categoryOf(tags.get(0));
            if (values.size() % tags.size() != 0) {
                CifToken last = values.isEmpty() ? tags.get(tags.size() - 1) : values.get(values.size() - 1);
                int completeRows = values.size() / tags.size();
                throw new ModelReadException(file, last.line(), FormatDetector.abbreviate(last.raw(text)),
                        "the _" + category + " loop ends inside row " + (completeRows + 1) + ": it has "
                                + values.size() + " values for " + tags.size()
                                + " columns; the file is truncated or a row has a missing value");
            }
            tables.put(category, new CifTable(category, List.copyOf(tags), List.copyOf(values), true));
            return i;
        }

        private String categoryOf(CifToken tag) {
            String name = tag.raw(text).toLowerCase(Locale.ROOT);
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(1, dot) : name.substring(1);
        }

        Map<String, CifTable> finish() {
            pairTags.forEach((category, tags) -> tables.putIfAbsent(category,
                    new CifTable(category, List.copyOf(tags), List.copyOf(pairValues.get(category)), false)));
            return tables;
        }
    }
}
