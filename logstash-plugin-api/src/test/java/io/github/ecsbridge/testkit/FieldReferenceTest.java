package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldReferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "message          | DATA            | ''      | message",
        "[message]        | DATA            | ''      | message",
        "[a][b]           | DATA            | a       | b",
        "[a][b][c]        | DATA            | a/b     | c",
        "[[a][b]][c]      | DATA            | a/b     | c",
        "[list][-1]       | DATA            | list    | -1",
        "[a b][c.d]       | DATA            | a b     | c.d",
        "@timestamp       | DATA            | ''      | @timestamp",
        "@metadata        | METADATA_PARENT | ''      | @metadata",
        "[@metadata]      | METADATA_PARENT | ''      | @metadata",
        "[@metadata][x]   | METADATA_CHILD  | ''      | x",
        "[@metadata][x][y]| METADATA_CHILD  | x       | y",
    })
    void validReferencesParseIntoScopePathAndKey(String reference, FieldReference.Scope scope, String path,
                                                 String key) {
        FieldReference field = FieldReference.parse(reference);
        assertEquals(scope, field.scope());
        assertEquals(path.isEmpty() ? List.of() : List.of(path.split("/")), field.path());
        assertEquals(key, field.key());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a[b]", "[a]b", "[a", "a]", "[]", "[a][]", "[a]]", "[[a]", "[a[b]]", "[[a]b]"})
    void ambiguousOrUnbalancedReferencesAreRejectedWithLogstashMessage(String reference) {
        FieldReference.IllegalSyntaxException e = assertThrows(FieldReference.IllegalSyntaxException.class,
                () -> FieldReference.parse(reference));
        assertEquals("Invalid FieldReference: `" + reference + "`", e.getMessage());
    }

    @Test
    void canonicalFormBracketsEveryPart() {
        assertEquals("[tags][0]", FieldReference.parse("[tags][0]").canonical());
        assertEquals("[tags]", FieldReference.parse("tags").canonical());
        assertEquals("[@metadata][a][b]", FieldReference.parse("[@metadata][a][b]").canonical());
    }

    @Test
    void parsedReferencesAreCachedByTheirText() {
        assertSame(FieldReference.parse("[cache][hit]"), FieldReference.parse(new String("[cache][hit]")));
    }

    @Test
    void invalidReferencesThrowOnEveryUse() {
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> FieldReference.parse("[cache"));
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> FieldReference.parse("[cache"));
    }
}
