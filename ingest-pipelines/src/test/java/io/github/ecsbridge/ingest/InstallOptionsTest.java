package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class InstallOptionsTest {

    private static final URI HTTP = URI.create("http://localhost:9200");
    private static final URI HTTPS = URI.create("https://localhost:9200");

    static Stream<Arguments> invalidOptions() {
        Path ca = Path.of("src/test/resources/tls/ca.pem");
        return Stream.of(
                Arguments.of("missing URL", null, null, null, null, null,
                        "[es] is required"),
                Arguments.of("other scheme", URI.create("ftp://localhost"), null, null, null, null,
                        "[es] must be an http or https URL with a host, got 'ftp://localhost'"),
                Arguments.of("no host", URI.create("http:///path"), null, null, null, null,
                        "[es] must be an http or https URL with a host, got 'http:///path'"),
                Arguments.of("credentials in URL", URI.create("http://elastic:secret@localhost:9200"), null, null,
                        null, null, "[es] must not carry credentials; use [user] and [password]"),
                Arguments.of("user without password", HTTP, "elastic", null, null, null,
                        "[password] is required with [user]"),
                Arguments.of("password without user", HTTP, null, "secret", null, null,
                        "[user] is required with [password]"),
                Arguments.of("API key with user", HTTP, "elastic", "secret", "a2V5", null,
                        "[api-key] cannot be combined with [user]"),
                Arguments.of("CA certificate over http", HTTP, null, null, null, ca,
                        "[ca-cert] applies to https only, got 'http://localhost:9200'"),
                Arguments.of("unreadable CA certificate", HTTPS, null, null, null, Path.of("missing.pem"),
                        "[ca-cert] cannot read missing.pem"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("invalidOptions")
    void invalidCombinationIsRejected(String name, URI es, String user, String password, String apiKey, Path ca,
                                      String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InstallOptions(es, user, password, apiKey, ca, InstallScope.ALL));
        assertEquals(message, e.getMessage());
    }

    @Test
    void scopeDefaultsToEverything() {
        assertEquals(InstallScope.ALL, new InstallOptions(HTTP, null, null, null, null, null).scope());
    }

    @Test
    void secretsStayOutOfToString() {
        InstallOptions options = new InstallOptions(HTTPS, "elastic", "secret", null, null, InstallScope.TEMPLATES);
        assertEquals("InstallOptions[es=https://localhost:9200, user=elastic, password=***, apiKey=null,"
                + " caCertificate=null, scope=TEMPLATES]", options.toString());
    }

    @Test
    void scopeOptionValuesParse() {
        assertEquals(InstallScope.PIPELINES, InstallScope.fromOption("pipelines"));
        assertEquals(InstallScope.TEMPLATES, InstallScope.fromOption("templates"));
        assertEquals(InstallScope.ALL, InstallScope.fromOption("all"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InstallScope.fromOption("mappings"));
        assertEquals("[only] must be one of [all, pipelines, templates], got 'mappings'", e.getMessage());
    }
}
