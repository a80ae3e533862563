package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the example table scans to exactly the expected header fields and extensions, in order. */
class CefExamplesTest {

    private static final String TABLE = "io/github/ecsbridge/cef/cef-examples.tsv";

    static List<Arguments> examples() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        InputStream in = CefExamplesTest.class.getClassLoader().getResourceAsStream(TABLE);
        assertNotNull(in, TABLE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertEquals(4, columns.length, line);
                rows.add(Arguments.of(columns[3], JsonText.string(columns[0]), JsonText.flatObject(columns[1]),
                        JsonText.flatObject(columns[2])));
            }
        }
        return rows;
    }

    @Test
    void tableHasEveryRow() throws IOException {
        assertEquals(15, examples().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void scansExample(String source, String input, Map<String, String> header, Map<String, String> extensions) {
        CefMessage message = CefScanner.scan(input);

        assertNull(message.error());
        assertEquals(List.of(), message.warnings());
        assertEquals(header, headerOf(message));
        assertEquals(new ArrayList<>(extensions.entrySet()), new ArrayList<>(message.extensions().entrySet()));
    }

    private static Map<String, String> headerOf(CefMessage message) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("version", message.versionText());
        header.put("deviceVendor", message.deviceVendor());
        header.put("deviceProduct", message.deviceProduct());
        header.put("deviceVersion", message.deviceVersion());
        header.put("deviceEventClassId", message.deviceEventClassId());
        header.put("name", message.name());
        header.put("severity", message.severity());
        if (!message.prefix().isEmpty()) {
            header.put("syslogPrefix", message.prefix());
        }
        return header;
    }
}
