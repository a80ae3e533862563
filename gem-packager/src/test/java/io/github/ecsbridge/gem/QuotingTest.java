package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuotingTest {

    @Test
    void yamlDoublesSingleQuotes() {
        assertEquals("'it''s ''true'''", YamlText.quote("it's 'true'"));
    }

    @Test
    void yamlKeepsLiteralsThatWouldOtherwiseChangeType() {
        assertEquals("'true'", YamlText.quote("true"));
        assertEquals("'1.60'", YamlText.quote("1.60"));
        assertEquals("''", YamlText.quote(""));
    }

    @Test
    void yamlRejectsLineBreaks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YamlText.quote("a\nb"));
        assertEquals("[yaml] value must not contain control characters, got 'a?b'", e.getMessage());
    }

    @Test
    void rubyEscapesBackslashAndQuote() {
        assertEquals("'it\\'s C:\\\\x #{y}'", RubyText.quote("it's C:\\x #{y}"));
    }
}
