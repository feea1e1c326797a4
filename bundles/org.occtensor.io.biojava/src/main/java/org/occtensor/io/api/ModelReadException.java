package org.occtensor.io.api;

import java.nio.file.Path;

import org.occtensor.io.internal.PrintableText;

/**
 * Invalid model file: the message names the file, the line and the offending value.
 *
 * <p>Lines are 1-based line numbers of the text after gzip decompression, for PDB and mmCIF alike;
 * mmCIF messages also give the {@code _atom_site} row. A problem with the file as a whole (no
 * atoms, unknown format) has line 0.
 *
 * <p>The message writes every char of the detail and the value outside printable ASCII as an
 * escape such as {@code \x00}, and cuts a long value, so that a binary or damaged file cannot put
 * control characters into a terminal or log. {@link #value()} keeps the text unchanged.
 */
public class ModelReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String value;

    /**
     * @param file   the file that failed
     * @param line   1-based line of the problem, or 0 when it concerns the whole file
     * @param value  the offending text as it appears in the file, or null when there is none
     * @param detail what is wrong, in a sentence without the file name or line
     */
    public ModelReadException(Path file, int line, String value, String detail) {
        super(format(file, line, value, detail));
        this.file = file;
        this.line = line;
        this.value = value;
    }

    public ModelReadException(Path file, int line, String value, String detail, Throwable cause) {
        this(file, line, value, detail);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** Returns the offending text as it appears in the file, or null when there is none. */
    public String value() {
        return value;
    }

    private static String format(Path file, int line, String value, String detail) {
        StringBuilder sb = new StringBuilder().append(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        sb.append(": ").append(PrintableText.escape(detail));
        if (value != null) {
            sb.append(" (value '").append(PrintableText.quote(value)).append("')");
        }
        return sb.toString();
    }
}
