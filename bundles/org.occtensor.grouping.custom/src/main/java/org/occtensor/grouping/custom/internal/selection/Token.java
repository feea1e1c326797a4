package org.occtensor.grouping.custom.internal.selection;

/**
 * One token of a selection expression.
 *
 * @param text   the token without quotes
 * @param column 1-based column of its first character
 * @param quoted true when written in quotes, so that it is a value and never a keyword or parenthesis
 */
record Token(String text, int column, boolean quoted) {

    boolean is(String symbol) {
        return !quoted && text.equalsIgnoreCase(symbol);
    }
}
