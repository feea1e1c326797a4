package org.occtensor.grouping.custom.internal.selection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses selections in the syntax phenix users know, for example
 * {@code chain A and resseq 52A:60 and not (name N or name C or name O)}.
 *
 * <p>Grammar, lowest precedence first, keywords case-insensitive:
 * <pre>
 * or       := and ("or" and)*
 * and      := not ("and" not)*
 * not      := "not" not | primary
 * primary  := "(" or ")" | "all" | "hetero" | "hetatm" | "water"
 *           | ("chain" | "resname" | "name" | "altloc" | "element") VALUE
 *           | ("resseq" | "resid") RESIDUE [":" RESIDUE]
 * RESIDUE  := ["-"] digits [insertion code letter]
 * </pre>
 * A value may be quoted with ' or ", which is how to write a blank altloc ({@code altloc ' '}) or a
 * value that is also a keyword. {@code resname} and {@code name} accept {@code *} and {@code ?}
 * wildcards and, like {@code element}, ignore case. {@code chain} and {@code altloc} compare
 * exactly, because 'a' and 'A' are different ids. A residue range is inclusive in the order
 * 52 &lt; 52A &lt; 53, so {@code resseq 52:60} takes 52A but not 60A.
 */
public final class SelectionParser {

    private static final Pattern RESIDUE = Pattern.compile("(-?\\d+)([A-Za-z]?)");
    private static final String KEYWORDS =
            "all, altloc, chain, element, hetero, name, not, resid, resname, resseq, water";

    private final String expression;
    private final List<Token> tokens;
    private int next;

    private SelectionParser(String expression, List<Token> tokens) {
        this.expression = expression;
        this.tokens = tokens;
    }

    /**
     * Parses {@code expression}.
     *
     * @throws SelectionSyntaxException naming the 1-based column where the expression stops making sense
     */
    public static Selection parse(String expression) throws SelectionSyntaxException {
        List<Token> tokens = Tokenizer.tokenize(expression);
        if (tokens.isEmpty()) {
            throw new SelectionSyntaxException(expression, 1, "the selection is empty");
        }

        SelectionParser parser = new SelectionParser(expression, tokens);
        Selection selection = parser.parseOr();
        if (parser.next < tokens.size()) {
            Token extra = tokens.get(parser.next);
            throw parser.error(extra, "expected 'and', 'or' or the end, found '" + extra.text() + "'");
        }
        return selection;
    }

    private Selection parseOr() throws SelectionSyntaxException {
        Selection left = parseAnd();
        while (peekIs("or")) {
            next++;
            left = new Selection.Or(left, parseAnd());
        }
        return left;
    }

    private Selection parseAnd() throws SelectionSyntaxException {
        Selection left = parseNot();
        while (peekIs("and")) {
            next++;
            left = new Selection.And(left, parseNot());
        }
        return left;
    }

    private Selection parseNot() throws SelectionSyntaxException {
        if (peekIs("not")) {
            next++;
            return new Selection.Not(parseNot());
        }
        return parsePrimary();
    }

    private Selection parsePrimary() throws SelectionSyntaxException {
        Token token = take("a selection");
        if (token.is("(")) {
            Selection inner = parseOr();
            if (!peekIs(")")) {
                throw error(next < tokens.size() ? tokens.get(next) : null,
                        "missing ')' to close the '(' at column " + token.column());
            }
            next++;
            return inner;
        }
        if (token.quoted()) {
            throw error(token, "expected a keyword, found the quoted value '" + token.text() + "'");
        }

        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "all" -> new Selection.All();
            case "hetero", "hetatm" -> new Selection.Hetero();
            case "water" -> new Selection.Water();
            case "chain" -> new Selection.Chain(value(token).text());
            case "resname" -> new Selection.ResidueName(wildcard(value(token).text()));
            case "name" -> new Selection.AtomName(wildcard(value(token).text()));
            case "element" -> new Selection.Element(value(token).text());
            case "altloc" -> altloc(value(token));
            case "resseq", "resid" -> residueRange(value(token));
            case ")", "and", "or" -> throw error(token, "expected a selection before '" + token.text() + "'");
            default -> throw error(token, "unknown keyword '" + token.text() + "'; expected one of " + KEYWORDS);
        };
    }

    /** Takes the value after {@code keyword}; an unquoted operator or parenthesis is not a value. */
    private Token value(Token keyword) throws SelectionSyntaxException {
        Token value = take("a value after '" + keyword.text() + "'");
        boolean operator = value.is("and") || value.is("or") || value.is("not") || value.is("(") || value.is(")");
        if (operator) {
            throw error(value, "expected a value after '" + keyword.text() + "', found '" + value.text()
                    + "' (quote it if it is meant as a value)");
        }
        return value;
    }

    private Selection altloc(Token value) throws SelectionSyntaxException {
        String text = value.text();
        if (text.isEmpty() || text.equals(" ")) {
            return new Selection.Altloc(' ');
        }
        if (text.length() != 1) {
            throw error(value, "altloc takes one character, found '" + text + "'");
        }
        return new Selection.Altloc(text.charAt(0));
    }

    private Selection residueRange(Token value) throws SelectionSyntaxException {
        String text = value.text();
        int colon = text.indexOf(':');
        if (colon < 0) {
            ResidueId only = residueId(value, text, 0);
            return new Selection.ResidueRange(only, only);
        }

        ResidueId low = residueId(value, text.substring(0, colon), 0);
        ResidueId high = residueId(value, text.substring(colon + 1), colon + 1);
        if (low.compareTo(high) > 0) {
            throw error(value, "the range " + text + " is empty; write the lower residue first");
        }
        return new Selection.ResidueRange(low, high);
    }

    private ResidueId residueId(Token value, String text, int offset) throws SelectionSyntaxException {
        Matcher matcher = RESIDUE.matcher(text);
        if (!matcher.matches()) {
            throw new SelectionSyntaxException(expression, value.column() + offset,
                    "expected a residue number with an optional insertion code (52, 52A, -3), found '" + text + "'");
        }
        try {
            int number = Integer.parseInt(matcher.group(1));
            char code = matcher.group(2).isEmpty() ? ' ' : matcher.group(2).charAt(0);
            return new ResidueId(number, code);
        } catch (NumberFormatException e) {
            throw new SelectionSyntaxException(expression, value.column() + offset,
                    "residue number '" + matcher.group(1) + "' is out of range");
        }
    }

    /** Turns a pattern with * and ? wildcards into a case-insensitive regular expression. */
    private static Pattern wildcard(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("(?=[*?])|(?<=[*?])")) {
            switch (part) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private boolean peekIs(String symbol) {
        return next < tokens.size() && tokens.get(next).is(symbol);
    }

    private Token take(String expected) throws SelectionSyntaxException {
        if (next >= tokens.size()) {
            throw error(null, "expected " + expected + ", found the end of the selection");
        }
        return tokens.get(next++);
    }

    /** Returns an error at {@code token}, or just past the end of the expression when it is null. */
    private SelectionSyntaxException error(Token token, String problem) {
        int column = token == null ? expression.length() + 1 : token.column();
        return new SelectionSyntaxException(expression, column, problem);
    }
}
