package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection against a small HTTP(S) server on loopback that answers like Elasticsearch and records headers. */
class ElasticsearchConnectionTest {

    private static final Path TLS = Path.of("src/test/resources/tls");

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI start(HttpServer created, String scheme) {
        server = created;
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body;
            int status;
            if (exchange.getRequestURI().getPath().equals("/_ingest/pipeline/missing")) {
                status = 404;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (exchange.getRequestMethod().equals("PUT")) {
                status = 400;
                body = ("{\"error\":{\"root_cause\":[{\"type\":\"parse_exception\",\"reason\":\"[field] required"
                        + " property is missing\"}],\"type\":\"parse_exception\",\"reason\":\"outer\"},\"status\":400}")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    private URI startHttp() throws IOException {
        return start(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
    }

    private URI startHttps() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TLS.resolve("server.p12"))) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        return start(https, "https");
    }

    @Test
    void basicAuthenticationIsSentWithEveryRequest() throws IOException {
        URI url = startHttp();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(
                new InstallOptions(url, "elastic", "pässword", null, null, InstallScope.ALL))) {
            assertEquals(Optional.of(Map.of("ok", true)), es.get("/_nodes/ingest"));
        }
        assertEquals(List.of("Basic ZWxhc3RpYzpww6Rzc3dvcmQ="), authorizations);
    }

    @Test
    void apiKeyIsSentAsGiven() throws IOException {
        URI url = startHttp();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(
                new InstallOptions(url, null, null, "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
                        null, InstallScope.ALL))) {
            es.get("/");
        }
        assertEquals(List.of("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="), authorizations);
    }

    @Test
    void notFoundIsEmptyAndRejectionNamesTheRootCause() throws IOException {
        URI url = startHttp();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(InstallOptions.of(url))) {
            assertEquals(Optional.empty(), es.get("/_ingest/pipeline/missing"));
            InstallException e = assertThrows(InstallException.class,
                    () -> es.put("/_ingest/pipeline/p", Map.of("processors", List.of())));
            assertEquals("[es] PUT /_ingest/pipeline/p on " + url + " failed with 400: parse_exception: [field]"
                    + " required property is missing", e.getMessage());
        }
    }

    @Test
    void caCertificateMakesTheClusterTrusted() throws IOException, GeneralSecurityException {
        URI url = startHttps();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(
                new InstallOptions(url, null, null, null, TLS.resolve("ca.pem"), InstallScope.ALL))) {
            assertEquals(Optional.of(Map.of("ok", true)), es.get("/"));
        }
    }

    @Test
    void certificateFromAnotherCaIsRefused() throws IOException, GeneralSecurityException {
        URI url = startHttps();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(
                new InstallOptions(url, null, null, null, TLS.resolve("other-ca.pem"), InstallScope.ALL))) {
            InstallException e = assertThrows(InstallException.class, () -> es.get("/"));
            assertEquals(true, e.getMessage().startsWith("[es] TLS connection to " + url + " failed: "), e.getMessage());
            assertEquals(true, e.getMessage().endsWith(
                    "; the server certificate is not signed by [ca-cert] or does not name the host"), e.getMessage());
        }
    }

    @Test
    void withoutCaCertificateThePrivateCaIsRefused() throws IOException, GeneralSecurityException {
        URI url = startHttps();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(InstallOptions.of(url))) {
            InstallException e = assertThrows(InstallException.class, () -> es.get("/"));
            assertEquals(true, e.getMessage().endsWith(
                    "; if the cluster uses its own CA, give its certificate with [ca-cert]"), e.getMessage());
        }
    }

    @Test
    void closedPortIsReportedAsSuch() {
        URI url = URI.create("http://127.0.0.1:" + FreePorts.find());
        try (ElasticsearchConnection es = ElasticsearchConnection.open(InstallOptions.of(url))) {
            InstallException e = assertThrows(InstallException.class, () -> es.get("/"));
            assertEquals(true, e.getMessage().startsWith("[es] cannot connect to " + url + ": "), e.getMessage());
        }
    }

    @Test
    void textFileIsRejected(@TempDir Path directory) throws IOException {
        Path pem = Files.writeString(directory.resolve("text.pem"), "no certificate here\n");
        InstallException e = assertThrows(InstallException.class, () -> ElasticsearchConnection.open(
                new InstallOptions(URI.create("https://127.0.0.1:9200"), null, null, null, pem, InstallScope.ALL)));
        assertEquals("[ca-cert] " + pem + " is not a PEM certificate file: No certificate data found",
                e.getMessage());
    }

    @Test
    void emptyFileIsRejected(@TempDir Path directory) throws IOException {
        Path pem = Files.writeString(directory.resolve("empty.pem"), "");
        InstallException e = assertThrows(InstallException.class, () -> ElasticsearchConnection.open(
                new InstallOptions(URI.create("https://127.0.0.1:9200"), null, null, null, pem, InstallScope.ALL)));
        assertEquals("[ca-cert] " + pem + " holds no certificate", e.getMessage());
    }
}
