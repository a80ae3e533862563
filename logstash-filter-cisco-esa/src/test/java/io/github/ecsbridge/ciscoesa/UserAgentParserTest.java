package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the user-agent table gives for agents it does not know. */
class UserAgentParserTest {

    @Test
    void unknownAgentIsOtherWithoutOperatingSystem() {
        EcsDocument document = new EcsDocument();
        UserAgentParser.load().parse("curl-like/1", new FieldWriter(document, FieldTypes.standard(),
                new EsaTime(ZoneOffset.UTC, Clock.systemUTC())));
        assertEquals(Map.of("user_agent", Map.of("name", "Other", "device", Map.of("name", "Other"))),
                document.toMap());
    }

    @Test
    void knownOperatingSystemWithoutVersionHasNoFullName() {
        EcsDocument document = new EcsDocument();
        UserAgentParser.load().parse("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0.1",
                new FieldWriter(document, FieldTypes.standard(), new EsaTime(ZoneOffset.UTC, Clock.systemUTC())));
        assertEquals(Map.of("user_agent", Map.of("name", "Firefox", "version", "120.0.1",
                "os", Map.of("name", "Linux"), "device", Map.of("name", "Other"))), document.toMap());
    }
}
