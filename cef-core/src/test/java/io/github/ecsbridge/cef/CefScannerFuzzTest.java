package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ecsbridge.fuzz.AllocationBound;
import io.github.ecsbridge.fuzz.SampleSeeds;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link CefScanner#scan}, seeded with the golden corpus: any line gives one message, no
 * bug is caught internally, the bounds hold and the work stays linear in the line's length.
 */
class CefScannerFuzzTest {

    private static final AllocationBound LINEAR = new AllocationBound(64, 256 * 1024);

    static Stream<byte[]> samples() {
        return SampleSeeds.lines();
    }

    @MethodSource("samples")
    @FuzzTest(maxDuration = "10s")
    void anyLineGivesOneWellFormedMessage(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        CefMessage[] result = new CefMessage[1];
        LINEAR.check(line.length(), () -> result[0] = CefScanner.scan(line));
        CefMessage message = result[0];

        assertNotNull(message);
        if (message.error() != null) {
            assertFalse(message.error().startsWith(CefScanner.INTERNAL_ERROR), message.error());
            assertEquals(Map.of(), message.extensions());
        }
        assertTrue(message.extensions().size() <= CefScanner.MAX_EXTENSIONS);
        // The cap and the one line saying how many were left out.
        assertTrue(message.warnings().size() <= CefScanner.MAX_WARNINGS + 1, () -> message.warnings().size()
                + " warnings");
        assertNotNull(message.prefix());
        assertNotNull(message.severity());
        for (Map.Entry<String, String> extension : message.extensions().entrySet()) {
            assertFalse(extension.getKey().isEmpty());
            assertNotNull(extension.getValue());
        }
    }
}
