package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecsbridge.ecs.EcsDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each named value rule writes exactly the ECS value it promises, or nothing. */
class CefTranslationTest {

    private static Map<String, Object> write(CefTranslation translation, String field, Object value) {
        EcsDocument document = new EcsDocument();
        translation.write(document, field, value);
        return document.toMap();
    }

    @Test
    void noneCopies() {
        assertEquals(Map.of("source", Map.of("port", 1232L)), write(CefTranslation.NONE, "source.port", 1232L));
    }

    @Test
    void lowercase() {
        assertEquals(Map.of("network", Map.of("transport", "tcp")),
                write(CefTranslation.LOWERCASE, "network.transport", "TCP"));
    }

    @Test
    void listAppendsWithoutDuplicates() {
        EcsDocument document = new EcsDocument();
        CefTranslation.LIST.write(document, "observer.ip", "10.0.0.1");
        CefTranslation.LIST.write(document, "observer.ip", "10.0.0.1");
        CefTranslation.LIST.write(document, "observer.ip", "10.0.0.2");

        assertEquals(Map.of("observer", Map.of("ip", List.of("10.0.0.1", "10.0.0.2"))), document.toMap());
    }

    @Test
    void direction() {
        assertEquals(Map.of("network", Map.of("direction", "inbound")),
                write(CefTranslation.DIRECTION, "network.direction", 0L));
        assertEquals(Map.of("network", Map.of("direction", "outbound")),
                write(CefTranslation.DIRECTION, "network.direction", 1L));
        assertEquals("direction must be 0 (inbound) or 1 (outbound), got 2", assertThrows(
                IllegalArgumentException.class, () -> write(CefTranslation.DIRECTION, "network.direction", 2L))
                .getMessage());
    }

    @Test
    void outcomeKeepsOnlyEcsValues() {
        assertEquals(Map.of("event", Map.of("outcome", "success")),
                write(CefTranslation.OUTCOME, "event.outcome", "Success"));
        assertEquals(Map.of(), write(CefTranslation.OUTCOME, "event.outcome", "blocked"));
    }

    @Test
    void httpUrlKeepsOnlyHttpUrls() {
        assertEquals(Map.of("http", Map.of("request", Map.of("referrer", "HTTPS://www.example.com"))),
                write(CefTranslation.HTTP_URL, "http.request.referrer", "HTTPS://www.example.com"));
        assertEquals(Map.of(), write(CefTranslation.HTTP_URL, "http.request.referrer", "none"));
    }

    @Test
    void hashByLength() {
        String md5 = "44D88612FEA8A8F36DE82E1278ABB02F";
        String sha1 = "3395856ce81f2b7382dee72602f798b642f14140";
        String sha256 = "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";

        assertEquals(Map.of("file", Map.of("hash", Map.of("md5", md5))),
                write(CefTranslation.HASH_BY_LENGTH, "file.hash", md5));
        assertEquals(Map.of("file", Map.of("hash", Map.of("sha1", sha1))),
                write(CefTranslation.HASH_BY_LENGTH, "file.hash", sha1));
        assertEquals(Map.of("file", Map.of("hash", Map.of("sha256", sha256))),
                write(CefTranslation.HASH_BY_LENGTH, "file.hash", sha256));
        assertEquals(Map.of("file", Map.of("hash", Map.of("sha512", sha256 + sha256))),
                write(CefTranslation.HASH_BY_LENGTH, "file.hash", sha256 + sha256));
        assertEquals(Map.of(), write(CefTranslation.HASH_BY_LENGTH, "file.hash", "abc"));
        assertEquals(Map.of(), write(CefTranslation.HASH_BY_LENGTH, "file.hash", md5.replace('F', 'X')));
    }

    @Test
    void toStringWritesText() {
        assertEquals(Map.of("event", Map.of("id", "3457")), write(CefTranslation.TO_STRING, "event.id", 3457L));
    }

    @Test
    void tableNames() {
        assertEquals(CefTranslation.NONE, CefTranslation.fromTableName("-"));
        assertEquals(CefTranslation.HASH_BY_LENGTH, CefTranslation.fromTableName("HASH_BY_LENGTH"));
    }
}
