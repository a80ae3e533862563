package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.cefsyslog.TestCertificates;
import io.github.ecsbridge.cefsyslog.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@code cefsyslog} input with the filters on loopback, plain TCP or TLS, that the notifiers send to; and what a
 * mapped notification must look like.
 */
final class NotifierTarget implements AutoCloseable {

    /** What KSC passes, with the characters CEF must escape, a literal percent sign, Cyrillic and a line break. */
    static final List<String> PLACEHOLDERS = List.of(
            "Critical", "WS-ACC-041", "EXAMPLE", "Malicious object detected",
            "Объект: C:\\Users\\a=b | eicar.com\nCPU load is 100%", "1780132442000", "File Threat Protection",
            "Kaspersky Endpoint Security for Windows", "12.3.0.493", "10.10.7.41", "192.0.2.80");

    private final LinkedBlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final InputRunner input;
    final int port;

    private NotifierTarget(Map<String, Object> options, Transport transport) throws InterruptedException {
        input = new InputRunner(options, new LogstashRuntime("UTC", null), received::add);
        port = input.start().get(transport).getPort();
    }

    static NotifierTarget tcp() throws InterruptedException {
        return new NotifierTarget(options(), Transport.TCP);
    }

    static NotifierTarget tls(TestCertificates certificates) throws InterruptedException {
        Map<String, Object> options = options();
        options.put("ssl_enabled", true);
        options.put("ssl_certificate", certificates.serverCertificate.toString());
        options.put("ssl_key", certificates.serverKey.toString());
        return new NotifierTarget(options, Transport.TLS);
    }

    private static Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("host", "127.0.0.1");
        options.put("port", 0L);
        options.put("protocols", new ArrayList<Object>(List.of("tcp")));
        return options;
    }

    /** The next document, waiting up to ten seconds; {@code null} when none came. */
    Map<String, Object> next() throws InterruptedException {
        return received.poll(10, TimeUnit.SECONDS);
    }

    /** Documents received so far without waiting. */
    int pending() {
        return received.size();
    }

    @Override
    public void close() throws InterruptedException {
        input.close();
    }

    /** A CA with a server certificate for localhost, written to {@code directory}. */
    static TestCertificates certificates(Path directory) throws Exception {
        return TestCertificates.create(Files.createDirectories(directory));
    }

    /** The fields the kaspersky filter sets from a notifier message with {@link #PLACEHOLDERS}. */
    static void assertNotificationMapped(Map<String, Object> document, String eventCode) {
        assertEquals("2026-05-30T09:14:02.000Z", document.get("@timestamp"));
        assertEquals(Map.of("name", "WS-ACC-041", "domain", "EXAMPLE", "ip", "10.10.7.41"), document.get("host"));
        assertEquals("Объект: C:\\Users\\a=b | eicar.com\nCPU load is 100%", document.get("message"));
        Map<?, ?> event = (Map<?, ?>) document.get("event");
        assertEquals(eventCode, event.get("code"));
        assertEquals("kaspersky.ksc", event.get("dataset"));
        Map<?, ?> observer = (Map<?, ?>) document.get("observer");
        assertEquals("KasperskyLab", observer.get("vendor"));
        assertEquals("SecurityCenter", observer.get("product"));
        Map<?, ?> ksc = (Map<?, ?>) ((Map<?, ?>) document.get("kaspersky")).get("ksc");
        assertEquals("File Threat Protection", ksc.get("task_name"));
        assertEquals("Kaspersky Endpoint Security for Windows", ksc.get("product_name"));
        assertEquals("12.3.0.493", ksc.get("product_version"));
        assertEquals("192.0.2.80", ksc.get("host_connection_ip"));
        Map<?, ?> syslog = (Map<?, ?>) ((Map<?, ?>) document.get("log")).get("syslog");
        assertEquals("klnotify", syslog.get("appname"));
        assertEquals(10L, syslog.get("priority"));
        assertEquals(null, document.get("tags"));
    }
}
