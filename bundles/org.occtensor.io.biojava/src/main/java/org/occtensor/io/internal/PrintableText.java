package org.occtensor.io.internal;

/**
 * Makes file text safe to quote in messages. The readers decode files as ISO-8859-1, so each char
 * of a value is one byte of the file, and a char outside printable ASCII is written as that byte's
 * {@code \xNN} escape. A char above U+00FF, which only text from outside the file can contain, is
 * written as a Java-style Unicode escape with four hex digits.
 */
public final class PrintableText {

    /** Longest quoted value, in chars after escaping, before it is cut and ends in "...". */
    public static final int MAX_QUOTED_CHARS = 80;

    private PrintableText() {
    }

    /** Returns {@code text} with every char outside printable ASCII escaped; null stays null. */
    public static String escape(String text) {
        if (text == null || isPrintableAscii(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(sb, text.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Returns {@code text} escaped and, when longer than {@link #MAX_QUOTED_CHARS}, cut after a
     * whole char or escape and ended with "..."; null stays null.
     */
    public static String quote(String text) {
        String escaped = escape(text);
        if (escaped == null || escaped.length() <= MAX_QUOTED_CHARS) {
            return escaped;
        }
        int limit = MAX_QUOTED_CHARS - 3;
        StringBuilder sb = new StringBuilder(MAX_QUOTED_CHARS);
        for (int i = 0; i < text.length(); i++) {
            int before = sb.length();
            appendEscaped(sb, text.charAt(i));
            if (sb.length() > limit) {
                sb.setLength(before);
                break;
            }
        }
        return sb.append("...").toString();
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPrintableAscii(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintableAscii(char c) {
        return c >= 0x20 && c < 0x7f;
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        if (isPrintableAscii(c)) {
            sb.append(c);
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c <= 0xff) {
            sb.append(String.format("\\x%02X", (int) c));
        } else {
            sb.append(String.format("\\u%04X", (int) c));
        }
    }
}
