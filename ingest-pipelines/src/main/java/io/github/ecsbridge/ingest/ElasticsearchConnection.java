package io.github.ecsbridge.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * JSON requests to one cluster through Elasticsearch's low-level REST client, which talks to every release from
 * 7.10 on. Failures become {@link InstallException}s naming the request and Elasticsearch's own reason.
 */
final class ElasticsearchConnection implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int SOCKET_TIMEOUT_MILLIS = 60_000;

    private final RestClient client;
    private final URI url;
    private final boolean withCaCertificate;

    private ElasticsearchConnection(RestClient client, URI url, boolean withCaCertificate) {
        this.client = client;
        this.url = url;
        this.withCaCertificate = withCaCertificate;
    }

    /** An HTTP status with the parsed JSON body (empty when the body is not a JSON object). */
    record Reply(int status, Map<String, Object> body, String text) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Elasticsearch's explanation of a failed request: error type and reason of the root cause. */
        String reason() {
            Object error = body.get("error");
            if (error instanceof Map<?, ?> map) {
                Object causes = map.get("root_cause");
                Object cause = causes instanceof List<?> list && !list.isEmpty() ? list.get(0) : map;
                if (cause instanceof Map<?, ?> first && first.get("reason") != null) {
                    return first.get("type") + ": " + first.get("reason");
                }
            }
            if (error != null) {
                return String.valueOf(error);
            }
            return text.length() <= 300 ? text : text.substring(0, 297) + "...";
        }
    }

    /** Connects with the credentials and trust the options give; nothing is sent yet. */
    static ElasticsearchConnection open(InstallOptions options) {
        URI es = options.es();
        RestClientBuilder builder = RestClient.builder(new HttpHost(es.getHost(), es.getPort(), es.getScheme()));
        String prefix = es.getRawPath();
        if (prefix != null && !prefix.isEmpty() && !prefix.equals("/")) {
            builder.setPathPrefix(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        }
        List<Header> headers = new ArrayList<>();
        if (options.user() != null) {
            String pair = options.user() + ":" + options.password();
            headers.add(new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        if (options.apiKey() != null) {
            headers.add(new BasicHeader("Authorization", "ApiKey " + options.apiKey()));
        }
        builder.setDefaultHeaders(headers.toArray(new Header[0]));
        builder.setRequestConfigCallback(config -> config.setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setSocketTimeout(SOCKET_TIMEOUT_MILLIS));
        if (options.caCertificate() != null) {
            SSLContext context = CaCertificates.sslContext(options.caCertificate());
            builder.setHttpClientConfigCallback(client -> client.setSSLContext(context));
        }
        return new ElasticsearchConnection(builder.build(), es, options.caCertificate() != null);
    }

    /** The cluster URL as given. */
    URI url() {
        return url;
    }

    /** Sends a request and returns whatever status comes back; fails only when no answer arrives. */
    Reply send(String method, String path, Map<String, Object> body) {
        Request request = new Request(method, path);
        if (body != null) {
            try {
                request.setJsonEntity(JSON.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("body of " + method + " " + path + " is not JSON", e);
            }
        }
        Response response;
        try {
            response = client.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        } catch (IOException e) {
            throw new InstallException(describe(method, path, e), e);
        }
        return reply(response);
    }

    /** The body of a GET, or empty when Elasticsearch answers 404. */
    Optional<Map<String, Object>> get(String path) {
        Reply reply = send("GET", path, null);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(expectOk("GET", path, reply));
    }

    /** PUTs a JSON body and returns the answer; fails unless Elasticsearch accepts it. */
    Map<String, Object> put(String path, Map<String, Object> body) {
        return expectOk("PUT", path, send("PUT", path, body));
    }

    /** POSTs a JSON body ({@code null} for none) and returns the answer; fails unless Elasticsearch accepts it. */
    Map<String, Object> post(String path, Map<String, Object> body) {
        return expectOk("POST", path, send("POST", path, body));
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Nothing is pending once a caller closes; a failure to release sockets changes no result.
        }
    }

    private Map<String, Object> expectOk(String method, String path, Reply reply) {
        if (reply.ok()) {
            return reply.body();
        }
        String hint = switch (reply.status()) {
            case 401 -> "; check [user] and [password] or [api-key]";
            case 403 -> "; the user needs the manage_ingest_pipelines, manage_index_templates and monitor cluster"
                    + " privileges";
            default -> "";
        };
        throw new InstallException("[es] " + method + " " + path + " on " + url + " failed with " + reply.status()
                + ": " + reply.reason() + hint);
    }

    private String describe(String method, String path, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                String advice = withCaCertificate
                        ? "the server certificate is not signed by [ca-cert] or does not name the host"
                        : "if the cluster uses its own CA, give its certificate with [ca-cert]";
                return "[es] TLS connection to " + url + " failed: " + cause.getMessage() + "; " + advice;
            }
            if (cause instanceof ConnectException) {
                return "[es] cannot connect to " + url + ": " + cause.getMessage();
            }
        }
        return "[es] " + method + " " + path + " on " + url + " failed: " + e;
    }

    @SuppressWarnings("unchecked")
    private static Reply reply(Response response) {
        HttpEntity entity = response.getEntity();
        String text;
        try {
            text = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A body cut off in transfer: the status alone still tells success from failure.
            text = "";
        }
        Map<String, Object> body = Map.of();
        if (text.startsWith("{")) {
            try {
                body = JSON.readValue(text, Map.class);
            } catch (JsonProcessingException e) {
                // Not JSON after all: the raw text still explains the status.
            }
        }
        return new Reply(response.getStatusLine().getStatusCode(), body, text);
    }
}
