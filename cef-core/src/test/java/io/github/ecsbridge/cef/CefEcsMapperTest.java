package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole documents written from CEF messages, in ECS and in legacy names. */
class CefEcsMapperTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final CefEcsMapper ECS = new CefEcsMapper(ZoneOffset.UTC, Locale.ENGLISH, CLOCK,
            EcsCompatibility.V8);
    private static final CefEcsMapper LEGACY = new CefEcsMapper(ZoneOffset.UTC, Locale.ENGLISH, CLOCK,
            EcsCompatibility.DISABLED);

    private final List<String> warnings = new ArrayList<>();

    private Map<String, Object> map(CefEcsMapper mapper, String line) {
        EcsDocument document = new EcsDocument();
        mapper.map(CefScanner.scan(line), document, warnings);
        return document.toMap();
    }

    private static EcsDocument header(String vendor, String product, String version, String code, String name) {
        return new EcsDocument().put("cef.version", "0").put("observer.vendor", vendor)
                .put("observer.product", product).put("observer.version", version).put("event.code", code)
                .put("cef.name", name);
    }

    @Test
    void elasticProcessorExample() {
        Map<String, Object> document = map(ECS, "CEF:0|Elastic|Vaporware|1.0.0-alpha|18|Web request|low|"
                + "eventId=3457 requestMethod=POST slat=38.915 slong=-77.511 proto=TCP sourceServiceName=httpd "
                + "requestContext=https://www.google.com src=89.160.20.156 spt=33876 dst=192.168.10.1 dpt=443 "
                + "request=https://www.example.com/cart");

        EcsDocument expected = header("Elastic", "Vaporware", "1.0.0-alpha", "18", "Web request")
                .put("event.severity", 0L)
                .put("event.id", "3457")
                .put("http.request.method", "POST")
                .put("source.geo.location.lat", 38.915)
                .put("source.geo.location.lon", -77.511)
                .put("network.transport", "tcp")
                .put("source.service.name", "httpd")
                .put("http.request.referrer", "https://www.google.com")
                .put("source.ip", "89.160.20.156")
                .append("related.ip", "89.160.20.156")
                .put("source.port", 33876L)
                .put("destination.ip", "192.168.10.1")
                .append("related.ip", "192.168.10.1")
                .put("destination.port", 443L)
                .put("url.original", "https://www.example.com/cart");
        extensions(expected, "eventId", 3457L, "requestMethod", "POST", "sourceGeoLatitude", 38.915,
                "sourceGeoLongitude", -77.511, "transportProtocol", "TCP", "sourceServiceName", "httpd",
                "requestContext", "https://www.google.com", "sourceAddress", "89.160.20.156", "sourcePort", 33876L,
                "destinationAddress", "192.168.10.1", "destinationPort", 443L,
                "requestUrl", "https://www.example.com/cart");
        assertEquals(expected.toMap(), document);
        assertEquals(List.of(), warnings);
    }

    @Test
    void kasperskyScanEngineExample() {
        Map<String, Object> document = map(ECS, "CEF:0|Kaspersky|Scan Engine HTTP Service|2.1.0.1234|3|Scan result|8|"
                + "msg=Object is infected src=10.1.2.3 dvcpid=4321 sproc=unix_socket dvc=10.1.2.4 dvchost=kse01 "
                + "start=1700000000000 fileHash=44D88612FEA8A8F36DE82E1278ABB02F fname=eicar.com "
                + "request=http://example.com/eicar.com act=Blocked cs1=DETECT cs1Label=Scan result");

        EcsDocument expected = header("Kaspersky", "Scan Engine HTTP Service", "2.1.0.1234", "3", "Scan result")
                .put("event.severity", 8L)
                .put("message", "Object is infected")
                .put("source.ip", "10.1.2.3")
                .append("related.ip", "10.1.2.3")
                .put("process.pid", 4321L)
                .put("source.process.name", "unix_socket")
                .append("observer.ip", "10.1.2.4")
                .put("observer.hostname", "kse01")
                .append("related.hosts", "kse01")
                .put("event.start", "2023-11-14T22:13:20.000Z")
                .put("file.hash.md5", "44D88612FEA8A8F36DE82E1278ABB02F")
                .append("related.hash", "44D88612FEA8A8F36DE82E1278ABB02F")
                .put("file.name", "eicar.com")
                .put("url.original", "http://example.com/eicar.com")
                .put("event.action", "Blocked");
        extensions(expected, "message", "Object is infected", "sourceAddress", "10.1.2.3", "deviceProcessId", 4321L,
                "sourceProcessName", "unix_socket", "deviceAddress", "10.1.2.4", "deviceHostName", "kse01",
                "startTime", "2023-11-14T22:13:20.000Z", "fileHash", "44D88612FEA8A8F36DE82E1278ABB02F",
                "filename", "eicar.com", "requestUrl", "http://example.com/eicar.com", "deviceAction", "Blocked",
                "deviceCustomString1", "DETECT", "deviceCustomString1Label", "Scan result");
        assertEquals(expected.toMap(), document);
        assertEquals(List.of(), warnings);
    }

    @Test
    void receiptTimeBecomesTimestampInTheDeviceZone() {
        Map<String, Object> document = map(ECS, "CEF:0|V|P|1|2|N|3|rt=Feb 09 2015 00:27:43 dtz=Europe/Berlin "
                + "end=Feb 09 2015 00:30:00 UTC");

        EcsDocument expected = header("V", "P", "1", "2", "N")
                .put("event.severity", 3L)
                .put("@timestamp", "2015-02-08T23:27:43.000Z")
                .put("event.timezone", "Europe/Berlin")
                .put("event.end", "2015-02-09T00:30:00.000Z");
        extensions(expected, "deviceReceiptTime", "2015-02-08T23:27:43.000Z", "deviceTimeZone", "Europe/Berlin",
                "endTime", "2015-02-09T00:30:00.000Z");
        assertEquals(expected.toMap(), document);
        assertEquals(List.of(), warnings);
    }

    @Test
    void unknownDeviceZoneFallsBackToTheDefault() {
        Map<String, Object> document = map(ECS, "CEF:0|V|P|1|2|N|3|rt=Feb 09 2015 00:27:43 dtz=Mars/Olympus");

        assertEquals("2015-02-09T00:27:43.000Z", new EcsDocument(document).get("@timestamp"));
        assertEquals(List.of("unknown time zone in key 'dtz': 'Mars/Olympus', using Z"), warnings);
    }

    @Test
    void badValuesStayAsTextWithAWarning() {
        Map<String, Object> document = map(ECS, "July 16, 2017 10:34:23 host.avp.ru CEF:0|AO Kaspersky Lab|"
                + "Kaspersky Linux Mail Security|8.0MP2|LMS_EV_SETTINGS_CHANGED|task settings changed|Low|"
                + "cn1=taskId cn1Label=TaskId spt=abc src=host.example deviceDirection=2 dmac=000D60AF1B61 "
                + "rt=yesterday");

        EcsDocument expected = header("AO Kaspersky Lab", "Kaspersky Linux Mail Security", "8.0MP2",
                "LMS_EV_SETTINGS_CHANGED", "task settings changed")
                .put("event.severity", 0L)
                .put("destination.mac", "00-0D-60-AF-1B-61");
        extensions(expected, "deviceCustomNumber1", "taskId", "deviceCustomNumber1Label", "TaskId",
                "sourcePort", "abc", "sourceAddress", "host.example", "deviceDirection", 2L,
                "destinationMacAddress", "00-0D-60-AF-1B-61", "deviceReceiptTime", "yesterday");
        assertEquals(expected.toMap(), document);
        assertEquals(List.of(
                "malformed value for key 'cn1': not an integer: 'taskId'",
                "malformed value for key 'spt': not an integer: 'abc'",
                "malformed value for key 'src': not an IP address: 'host.example'",
                "malformed value for key 'deviceDirection': direction must be 0 (inbound) or 1 (outbound), got 2",
                "malformed value for key 'rt': unrecognised time stamp 'yesterday': expected a month name at "
                        + "position 0"), warnings);
    }

    @Test
    void severityWithoutNumberIsKeptAsText() {
        Map<String, Object> document = map(ECS, "CEF:0|Apache|apache||200|GET /index.html|Unknown|act=block");

        EcsDocument expected = new EcsDocument().put("cef.version", "0").put("observer.vendor", "Apache")
                .put("observer.product", "apache").put("event.code", "200").put("cef.name", "GET /index.html")
                .put("cef.severity", "Unknown").put("event.action", "block");
        extensions(expected, "deviceAction", "block");
        assertEquals(expected.toMap(), document);
    }

    @Test
    void keysOutsideTheDictionaryAreKeptFlatAsSent() {
        Map<String, Object> document = map(ECS, "CEF:0|V|P|1|2|N|3|ad.Error_,Code=5 KSMGUserRole=admin cs7=x");

        EcsDocument expected = header("V", "P", "1", "2", "N").put("event.severity", 3L);
        extensions(expected, "ad.Error_,Code", "5", "KSMGUserRole", "admin", "cs7", "x");
        assertEquals(expected.toMap(), document);
    }

    @Test
    void emptyValuesAreKeptButNotConvertedOrMapped() {
        Map<String, Object> document = map(ECS, "CEF:0|V|P|1|2|N|3|dst= reason= act=x");

        EcsDocument expected = header("V", "P", "1", "2", "N").put("event.severity", 3L).put("event.action", "x");
        extensions(expected, "destinationAddress", "", "Reason", "", "deviceAction", "x");
        assertEquals(expected.toMap(), document);
        assertEquals(List.of(), warnings);
    }

    @Test
    void headerOnlyMessageWritesTheHeader() {
        Map<String, Object> document = map(ECS, "CEF:1|Security|threatmanager|1.0|100|worm stopped|Very-High|");

        assertEquals(new EcsDocument().put("cef.version", "1").put("observer.vendor", "Security")
                .put("observer.product", "threatmanager").put("observer.version", "1.0").put("event.code", "100")
                .put("cef.name", "worm stopped").put("event.severity", 9L).toMap(), document);
    }

    @Test
    void failedScanWritesNothing() {
        assertEquals(Map.of(), map(ECS, "CEF:0|V|P|1.0"));
        assertEquals(Map.of(), map(LEGACY, "no cef here"));
    }

    @Test
    void addressListsCollectEveryDeviceAddress() {
        Map<String, Object> document = map(ECS, "CEF:0|V|P|1|2|N|3|dvc=10.0.0.1 dvcmac=00:0d:60:af:1b:61 "
                + "sourceTranslatedAddress=10.0.0.9 dst=10.0.0.9");

        EcsDocument actual = new EcsDocument(document);
        assertEquals(List.of("10.0.0.1"), actual.get("observer.ip"));
        assertEquals(List.of("00-0D-60-AF-1B-61"), actual.get("observer.mac"));
        assertEquals(List.of("10.0.0.9"), actual.get("related.ip"));
    }

    @Test
    void v1AndV8WriteTheSameDocument() {
        CefEcsMapper v1 = new CefEcsMapper(ZoneOffset.UTC, Locale.ENGLISH, CLOCK, EcsCompatibility.V1);
        String line = "CEF:0|V|P|1|2|N|3|src=10.0.0.1 suser=alice duser=bob cs1Label=L cs1=v";

        assertEquals(map(ECS, line), map(v1, line));
        assertEquals(List.of("alice", "bob"), new EcsDocument(map(v1, line)).get("related.user"));
    }

    @Test
    void legacyModeUsesTheCodecsFlatNames() {
        Map<String, Object> document = map(LEGACY, "Sep 19 08:26:10 host CEF:0|Security|threatmanager|1.0|100|"
                + "worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2 spt=1232 fname=a.exe ad.x=1 reason=");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("cefVersion", "0");
        expected.put("deviceVendor", "Security");
        expected.put("deviceProduct", "threatmanager");
        expected.put("deviceVersion", "1.0");
        expected.put("deviceEventClassId", "100");
        expected.put("name", "worm successfully stopped");
        expected.put("severity", "10");
        expected.put("syslog", "Sep 19 08:26:10 host");
        expected.put("sourceAddress", "10.0.0.1");
        expected.put("destinationAddress", "2.1.2.2");
        expected.put("sourcePort", "1232");
        expected.put("fileName", "a.exe");
        expected.put("ad.x", "1");
        expected.put("Reason", "");
        assertEquals(expected, document);
        assertEquals(List.of(), warnings);
    }

    @Test
    void legacyModeKeepsBadValuesWithoutWarnings() {
        Map<String, Object> document = map(LEGACY, "CEF:0|V|P|1|2|N|3|spt=abc");

        assertEquals("abc", document.get("sourcePort"));
        assertEquals(null, document.get("syslog"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void mappingAddsToAnExistingDocument() {
        EcsDocument document = new EcsDocument().put("tags", List.of("from_tcp")).put("host.name", "relay");
        ECS.map(CefScanner.scan("CEF:0|V|P|1|2|N|3|act=x"), document, warnings);

        assertEquals(List.of("from_tcp"), document.get("tags"));
        assertEquals("relay", document.get("host.name"));
        assertEquals("x", document.get("event.action"));
    }

    @Test
    void oneMapperServesManyThreads() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lines.add("CEF:0|V|P|1|" + i + "|N|" + (i % 11) + "|src=10.0." + (i % 256) + ".1 spt=" + i
                    + " rt=" + (1_700_000_000_000L + i) + " cs1Label=L cs1=" + i + " dvc=10.9.9." + (i % 200));
        }
        List<Map<String, Object>> sequential = new ArrayList<>();
        for (String line : lines) {
            sequential.add(map(ECS, line));
        }
        List<Map<String, Object>> parallel = lines.parallelStream().map(line -> {
            EcsDocument document = new EcsDocument();
            ECS.map(CefScanner.scan(line), document, new ArrayList<>());
            return document.toMap();
        }).collect(java.util.stream.Collectors.toList());

        assertEquals(sequential, parallel);
    }

    private static void extensions(EcsDocument expected, Object... namesAndValues) {
        Map<String, Object> store = expected.object("cef.extensions");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            store.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
