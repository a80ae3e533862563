package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and adversarial input: the scanner always returns, never fails internally, stays within its
 * bounds, and reads back every valid message it is given exactly as generated.
 */
class CefScannerPropertyTest {

    private static final long SEED = 0x5EEDCEFL;
    private static final int ONE_MB = 1 << 20;
    private static final String HEADER = "CEF:0|Vendor|Product|1.0|100|Name|5|";

    /** Characters that matter to the grammar, plus some that do not. */
    private static final String ALPHABET = "CEF:|\\= \"\t\r\nak1._-[],\uFEFF\u00e9\u65e5";

    /** Seeds for mutation: lines whose shapes the unit tests care about. */
    private static final List<String> CORPUS = List.of(
            "Sep 19 08:26:10 host CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1",
            "CEF:0|security\\\\\\||threatmanager\\\\|1.0|100|n|10|",
            "CEF:0|Vendor|Product|1.0|100|Name|10 src=10.0.0.1 msg=a b",
            HEADER + "msg=\"x=1 y=2 \\\"z\\\"\"   act=b",
            HEADER + "msg=\"abc act=b cs1=\"x\"y",
            HEADER + "request=http://example.com/?a=1&b=2 act=blocked",
            HEADER + "cs1Label=Virus name cs1=EICAR cn1=3 cn1Label=EventPart",
            HEADER + "ad.Error_,Code=5 ad.field[0]=x y Some-Key=v _cefVer=0.1",
            HEADER + "msg=a\\=b\\\\c\\nd\\re filePath=C:\\Windows\\temp act=end\\",
            HEADER + "garbage here =abc src=10.0.0.1 reason= dst=");

    private final Random random = new Random(SEED);

    @Test
    void randomTextNeverBreaksTheScanner() {
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                text.append("CEF:");
            }
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xD800)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertWellFormed(text.toString());
        }
    }

    @Test
    void mutatedCorpusNeverBreaksTheScanner() {
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(CORPUS.get(random.nextInt(CORPUS.size())));
            int edits = 1 + random.nextInt(4);
            for (int j = 0; j < edits && text.length() > 0; j++) {
                int at = random.nextInt(text.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.deleteCharAt(at);
                    default -> text.setCharAt(at, c);
                }
            }
            assertWellFormed(text.toString());
        }
    }

    @Test
    void longRunsOfSpecialCharactersAreScanned() {
        for (String run : List.of(" ", "=", "\\", "|", "\"", "a=", " a=", "=\"", "\" a=", "\\|", "CEF:", "\t")) {
            String repeated = run.repeat(ONE_MB / run.length());
            assertWellFormed(repeated);
            assertWellFormed("CEF:" + repeated);
            assertWellFormed(HEADER + repeated);
            assertWellFormed(HEADER + "k=" + repeated);
            assertWellFormed(HEADER + "k=\"" + repeated);
        }
    }

    @Test
    void oneMegabyteLineIsReadCompletely() {
        String value = "x".repeat(ONE_MB);
        CefMessage message = CefScanner.scan(HEADER + "a=1 msg=" + value + " z=2");

        assertEquals(value, message.extensions().get("msg"));
        assertEquals("2", message.extensions().get("z"));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void generatedValidMessagesRoundTrip() {
        for (int i = 0; i < 5_000; i++) {
            String prefix = random.nextInt(3) == 0 ? "" : "<13>Jan  1 00:00:0" + random.nextInt(10) + " host"
                    + random.nextInt(100);
            int version = random.nextInt(3);
            String[] header = new String[6];
            for (int h = 0; h < header.length; h++) {
                header[h] = randomText(random.nextInt(12), "|\\= -x\u00e9");
            }
            Map<String, String> extensions = new LinkedHashMap<>();
            int count = random.nextInt(8);
            for (int e = 0; e < count; e++) {
                extensions.put(randomKey(), randomValue(e == count - 1));
            }
            String line = render(prefix, version, header, extensions);

            CefMessage message = CefScanner.scan(line);

            assertNull(message.error(), line);
            assertEquals(List.of(), message.warnings(), line);
            assertEquals(prefix, message.prefix(), line);
            assertEquals(version, message.version(), line);
            assertEquals(List.of(header), List.of(message.deviceVendor(), message.deviceProduct(),
                    message.deviceVersion(), message.deviceEventClassId(), message.name(), message.severity()), line);
            assertEquals(new ArrayList<>(extensions.entrySet()), new ArrayList<>(message.extensions().entrySet()),
                    line);
        }
    }

    @Test
    void mapperNeverThrowsOnRandomValuesOfKnownKeys() {
        CefEcsMapper mapper = new CefEcsMapper(ZoneOffset.UTC, Locale.ENGLISH,
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), EcsCompatibility.V8);
        List<CefKey> keys = CefKeyDictionary.standard().keys();
        List<String> values = List.of("", " ", "0", "-1", "1e5", "10.0.0.1", "::1", "00:0d:60:af:1b:61",
                "Feb 29 10:00:00", "1388577900000", "99999999999999999999", "Jan 01 2015 00:00:00 XYZ", "abc",
                "2025-13-40T99:99:99Z", "\uFFFD", "1.2.3.4.5", "NaN");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder line = new StringBuilder(HEADER);
            int count = 1 + random.nextInt(10);
            for (int k = 0; k < count; k++) {
                CefKey key = keys.get(random.nextInt(keys.size()));
                String name = random.nextBoolean() ? key.shortName() : key.fullName();
                line.append(name).append('=').append(values.get(random.nextInt(values.size()))
                        .replace("=", "\\=")).append(' ');
            }
            List<String> warnings = new ArrayList<>();
            EcsDocument document = new EcsDocument();
            mapper.map(CefScanner.scan(line.toString()), document, warnings);
            assertNotNull(document.get("cef.extensions"), line::toString);
        }
    }

    private static void assertWellFormed(String text) {
        CefMessage message = CefScanner.scan(text);
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        assertNotNull(message, shown);
        if (message.error() != null) {
            assertFalse(message.error().startsWith(CefScanner.INTERNAL_ERROR), message.error());
            assertEquals(Map.of(), message.extensions(), shown);
        }
        assertTrue(message.extensions().size() <= CefScanner.MAX_EXTENSIONS, shown);
        assertTrue(message.warnings().size() <= CefScanner.MAX_WARNINGS + 1, shown);
        assertNotNull(message.deviceVendor(), shown);
        assertNotNull(message.severity(), shown);
        assertNotNull(message.prefix(), shown);
        for (Map.Entry<String, String> extension : message.extensions().entrySet()) {
            assertFalse(extension.getKey().isEmpty(), shown);
            assertNotNull(extension.getValue(), shown);
        }
    }

    private String randomText(int length, String special) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? special.charAt(random.nextInt(special.length()))
                    : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String randomKey() {
        String start = "abcXYZ019_";
        String part = "abcXYZ019_.,[]-";
        StringBuilder key = new StringBuilder().append(start.charAt(random.nextInt(start.length())));
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            key.append(part.charAt(random.nextInt(part.length())));
        }
        return key.toString();
    }

    /** Any text a producer could escape, except a leading quote (it would read as quoting) and, at the very end
     * of the message, trailing whitespace (dropped by design). */
    private String randomValue(boolean last) {
        String value = randomText(random.nextInt(15), "=\\ \n\r|\t\"x=y");
        while (value.startsWith("\"")) {
            value = value.substring(1);
        }
        if (last) {
            value = value.stripTrailing();
        }
        return value;
    }

    private static String render(String prefix, int version, String[] header, Map<String, String> extensions) {
        StringBuilder line = new StringBuilder(prefix);
        if (!prefix.isEmpty()) {
            line.append(' ');
        }
        line.append("CEF:").append(version);
        for (String field : header) {
            line.append('|');
            for (char c : field.toCharArray()) {
                if (c == '\\' || c == '|') {
                    line.append('\\');
                }
                line.append(c);
            }
        }
        line.append('|');
        boolean first = true;
        for (Map.Entry<String, String> extension : extensions.entrySet()) {
            line.append(first ? "" : " ").append(extension.getKey()).append('=');
            first = false;
            for (char c : extension.getValue().toCharArray()) {
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '=' -> line.append("\\=");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }
}
