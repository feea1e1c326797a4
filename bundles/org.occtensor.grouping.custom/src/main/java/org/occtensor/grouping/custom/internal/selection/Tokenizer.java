package org.occtensor.grouping.custom.internal.selection;

import java.util.ArrayList;
import java.util.List;

/** Splits a selection into words, quoted values and parentheses. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String expression) throws SelectionSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), i + 1, false));
                i++;
            } else if (c == '\'' || c == '"') {
                int end = expression.indexOf(c, i + 1);
                if (end < 0) {
                    throw new SelectionSyntaxException(expression, i + 1, "unterminated quote " + c);
                }
                tokens.add(new Token(expression.substring(i + 1, end), i + 1, true));
                i = end + 1;
            } else {
                int start = i;
                while (i < expression.length() && !isDelimiter(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(expression.substring(start, i), start + 1, false));
            }
        }
        return tokens;
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '\'' || c == '"';
    }
}
