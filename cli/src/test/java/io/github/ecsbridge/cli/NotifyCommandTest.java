package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.cefsyslog.Transport;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The KSC notifier end to end: placeholders in, one mapped Kaspersky document out of a listening input. */
class NotifyCommandTest {

    /** What KSC passes, with the characters CEF must escape, a literal percent sign, Cyrillic and a line break. */
    static final List<String> PLACEHOLDERS = List.of(
            "Critical", "WS-ACC-041", "EXAMPLE", "Malicious object detected",
            "Объект: C:\\Users\\a=b | eicar.com\nCPU load is 100%", "1780132442000", "File Threat Protection",
            "Kaspersky Endpoint Security for Windows", "12.3.0.493", "10.10.7.41", "192.0.2.80");

    private final LinkedBlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private InputRunner input;
    private InetSocketAddress address;

    @BeforeEach
    void startInput() throws InterruptedException {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("host", "127.0.0.1");
        options.put("port", 0L);
        options.put("protocols", new ArrayList<Object>(List.of("tcp")));
        input = new InputRunner(options, new LogstashRuntime("UTC", null), received::add);
        address = input.start().get(Transport.TCP);
    }

    @AfterEach
    void stopInput() throws InterruptedException {
        input.close();
    }

    @Test
    void aNotificationArrivesAsAMappedSecurityCenterEvent() throws InterruptedException {
        CliRun run = CliRun.of("notify", "--host", "127.0.0.1", "--port", Integer.toString(address.getPort()),
                "--ksc-version", "14.2.0.26967", "--event-type", "GNRL_EV_VIRUS_FOUND",
                "--severity", PLACEHOLDERS.get(0), "--computer", PLACEHOLDERS.get(1),
                "--domain", PLACEHOLDERS.get(2), "--event", PLACEHOLDERS.get(3),
                "--description", PLACEHOLDERS.get(4), "--rise-time", PLACEHOLDERS.get(5),
                "--task", PLACEHOLDERS.get(6), "--product", PLACEHOLDERS.get(7),
                "--product-version", PLACEHOLDERS.get(8), "--host-ip", PLACEHOLDERS.get(9),
                "--host-conn-ip", PLACEHOLDERS.get(10));

        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> document = received.poll(10, TimeUnit.SECONDS);
        assertNotificationMapped(document, "GNRL_EV_VIRUS_FOUND");
    }

    /** The fields the kaspersky filter sets from a notifier message, whatever sent it. */
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
