package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapperTypeFallbacksTest {

    @Test
    void shippedTableNamesTheDocumentedFallbacks() {
        MapperTypeFallbacks fallbacks = MapperTypeFallbacks.standard();
        assertEquals(Set.of("match_only_text", "wildcard", "constant_keyword"), fallbacks.types());
        assertEquals(Optional.of("text"), fallbacks.fallback("match_only_text"));
        assertEquals(Optional.of("keyword"), fallbacks.fallback("wildcard"));
        assertEquals(Optional.of("keyword"), fallbacks.fallback("constant_keyword"));
        assertEquals(Optional.empty(), fallbacks.fallback("keyword"));
    }

    @Test
    void rowWithoutFallbackIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MapperTypeFallbacks.parse(
                new ByteArrayInputStream("# comment\nwildcard\t\tnote\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("[fallbacks] line 2: expected type, fallback, note", e.getMessage());
    }
}
