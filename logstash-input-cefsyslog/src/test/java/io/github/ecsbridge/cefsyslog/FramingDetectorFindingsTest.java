package io.github.ecsbridge.cefsyslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Streams the framer fuzzing and adversarial tests found, minimised by hand, each named after what it proves. */
class FramingDetectorFindingsTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void lineBreaksBeforeTheFirstMessageAreNotBuffered() {
        List<byte[]> reads = new ArrayList<>();
        byte[] lineBreaks = "\n".repeat(61).getBytes();
        for (int sent = 0; sent < 1 << 20; sent += lineBreaks.length) {
            reads.add(lineBreaks);
        }
        reads.add("<13>x\n".getBytes());

        assertEquals(List.of("<13>x"), FramerHarness.frames(Framing.AUTO.newFramer(64 * 1024), reads));
    }
}
