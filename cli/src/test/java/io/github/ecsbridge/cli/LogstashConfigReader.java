package io.github.ecsbridge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a Logstash pipeline configuration, or a fragment of one, into its named blocks and their settings. */
final class LogstashConfigReader {

    /**
     * A named block, {@code name { ... }}: a section ({@code input}, {@code filter}, {@code output}), a plugin, or a
     * codec given as a setting's value.
     *
     * @param name     the word before the brace
     * @param line     1-based line of the name
     * @param settings the settings at the top level of the block, not those inside hashes or nested blocks
     */
    record Block(String name, int line, List<Setting> settings) {
    }

    /** A setting {@code name => value} at the top level of a block, with the 1-based line of its name. */
    record Setting(String name, int line) {
    }

    /** The text is not a Logstash configuration; {@link #line()} says where. */
    static final class SyntaxError extends IllegalArgumentException {
        private final int line;
        private final String problem;

        SyntaxError(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        /** The 1-based line of the problem. */
        int line() {
            return line;
        }

        /** The problem, without the line. */
        String problem() {
            return problem;
        }
    }

    private enum Kind { WORD, STRING, ARROW, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, OTHER, END }

    private record Token(Kind kind, String text, int line) {
    }

    private static final Set<String> CONDITIONAL_WORDS = Set.of("if", "else");

    private final String text;
    private final List<Block> blocks = new ArrayList<>();
    private int position;
    private int line;
    private Token lookahead;
    // A '/' after =~ or !~ opens a regular expression, which may hold braces and quotes.
    private boolean regexAllowed;

    private LogstashConfigReader(String text, int firstLine) {
        this.text = text;
        this.line = firstLine;
    }

    /** As {@link #read(String, int)}, numbering lines from 1. */
    static List<Block> read(String config) {
        return read(config, 1);
    }

    /**
     * The named blocks of {@code config} in the order their names appear, nested ones included.
     *
     * @param firstLine the number of the first line of {@code config}, so that lines are those of a larger file
     * @throws SyntaxError when the text is not a Logstash configuration
     */
    static List<Block> read(String config, int firstLine) {
        LogstashConfigReader reader = new LogstashConfigReader(config, firstLine);
        reader.body(null, null);
        return List.copyOf(reader.blocks);
    }

    /** Reads settings and blocks up to the closing brace of {@code opener}, or to the end when it is null. */
    private void body(List<Setting> settings, Token opener) {
        while (true) {
            Token token = take();
            switch (token.kind()) {
                case END -> {
                    if (opener != null) {
                        throw error(token, "the '{' of line " + opener.line() + " is never closed");
                    }
                    return;
                }
                case CLOSE_BRACE -> {
                    if (opener == null) {
                        throw error(token, "'}' closes no block");
                    }
                    return;
                }
                case WORD, STRING -> entry(token, settings);
                default -> throw error(token, "expected a setting or a block, found '" + token.text() + "'");
            }
        }
    }

    private void entry(Token name, List<Setting> settings) {
        if (peek().kind() == Kind.ARROW) {
            take();
            if (settings != null) {
                settings.add(new Setting(unquoted(name), name.line()));
            }
            value();
        } else if (name.kind() == Kind.WORD && CONDITIONAL_WORDS.contains(name.text())) {
            body(null, skipCondition(name));
        } else if (name.kind() == Kind.WORD && peek().kind() == Kind.OPEN_BRACE) {
            block(name);
        } else {
            throw error(name, "expected '=>' or '{' after '" + name.text() + "'");
        }
    }

    private void block(Token name) {
        Block block = new Block(name.text(), name.line(), new ArrayList<>());
        blocks.add(block);
        body(block.settings(), take());
    }

    /** Skips the condition of an {@code if}, {@code else if} or {@code else}; returns the brace opening its body. */
    private Token skipCondition(Token keyword) {
        int depth = 0;
        while (true) {
            Token token = take();
            switch (token.kind()) {
                case OPEN_BRACE -> {
                    if (depth == 0) {
                        return token;
                    }
                    throw error(token, "'{' inside the condition of '" + keyword.text() + "'");
                }
                case OPEN_BRACKET -> depth++;
                case CLOSE_BRACKET -> depth--;
                case END, CLOSE_BRACE -> throw error(token, "the condition of line " + keyword.line() + " has no body");
                default -> {
                    if ("(".equals(token.text())) {
                        depth++;
                    } else if (")".equals(token.text())) {
                        depth--;
                    }
                }
            }
        }
    }

    private void value() {
        Token token = take();
        switch (token.kind()) {
            case STRING -> { }
            case WORD -> {
                if (peek().kind() == Kind.OPEN_BRACE) {
                    block(token);
                }
            }
            case OPEN_BRACKET -> {
                while (peek().kind() != Kind.CLOSE_BRACKET) {
                    value();
                    if (peek().kind() == Kind.COMMA) {
                        take();
                    }
                }
                take();
            }
            case OPEN_BRACE -> hash();
            default -> throw error(token, "expected a value, found '" + token.text() + "'");
        }
    }

    /** A hash value: its keys are data, not settings, so they are not recorded. */
    private void hash() {
        while (peek().kind() != Kind.CLOSE_BRACE) {
            Token key = take();
            if (key.kind() != Kind.WORD && key.kind() != Kind.STRING) {
                throw error(key, "expected a hash key, found '" + key.text() + "'");
            }
            Token arrow = take();
            if (arrow.kind() != Kind.ARROW) {
                throw error(arrow, "expected '=>' after the hash key '" + key.text() + "'");
            }
            value();
            if (peek().kind() == Kind.COMMA) {
                take();
            }
        }
        take();
    }

    private Token peek() {
        if (lookahead == null) {
            lookahead = scan();
        }
        return lookahead;
    }

    private Token take() {
        Token token = peek();
        lookahead = null;
        return token;
    }

    private Token scan() {
        skipSpaceAndComments();
        if (position >= text.length()) {
            return new Token(Kind.END, "end of text", line);
        }
        int start = position;
        int startLine = line;
        char c = text.charAt(position);
        boolean regex = regexAllowed;
        regexAllowed = false;
        if (c == '"' || c == '\'' || c == '/' && regex) {
            return new Token(Kind.STRING, quoted(c, startLine), startLine);
        }
        if (text.startsWith("=>", position)) {
            position += 2;
            return new Token(Kind.ARROW, "=>", startLine);
        }
        if (text.startsWith("=~", position) || text.startsWith("!~", position)) {
            position += 2;
            regexAllowed = true;
            return new Token(Kind.OTHER, text.substring(start, position), startLine);
        }
        if (isWordChar(c)) {
            while (position < text.length() && isWordChar(text.charAt(position))) {
                position++;
            }
            return new Token(Kind.WORD, text.substring(start, position), startLine);
        }
        position++;
        Kind kind = switch (c) {
            case '{' -> Kind.OPEN_BRACE;
            case '}' -> Kind.CLOSE_BRACE;
            case '[' -> Kind.OPEN_BRACKET;
            case ']' -> Kind.CLOSE_BRACKET;
            case ',' -> Kind.COMMA;
            default -> Kind.OTHER;
        };
        return new Token(kind, String.valueOf(c), startLine);
    }

    /** A string or regular expression up to its unescaped closing {@code quote}; returns it with its quotes. */
    private String quoted(char quote, int startLine) {
        int start = position;
        position++;
        while (position < text.length() && text.charAt(position) != quote) {
            char c = text.charAt(position);
            if (c == '\\') {
                position++;
            }
            if (position < text.length() && text.charAt(position) == '\n') {
                line++;
            }
            position++;
        }
        if (position >= text.length()) {
            throw new SyntaxError(startLine, "the " + quote + " opening here is never closed");
        }
        position++;
        return text.substring(start, position);
    }

    private void skipSpaceAndComments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '#') {
                while (position < text.length() && text.charAt(position) != '\n') {
                    position++;
                }
            } else if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                }
                position++;
            } else {
                return;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '@' || c == '$';
    }

    private static String unquoted(Token token) {
        return token.kind() == Kind.STRING ? token.text().substring(1, token.text().length() - 1) : token.text();
    }

    private static SyntaxError error(Token token, String problem) {
        return new SyntaxError(token.line(), problem);
    }
}
