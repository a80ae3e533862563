package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.IpAddresses;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** IPv4 addresses are taken as they are exactly when normalizing would leave them unchanged. */
class ValueTypeIpTest {

    @Test
    void canonicalIpv4IsWhatNormalizingLeavesUnchanged() {
        for (String text : List.of("10.0.0.1", "0.0.0.0", "255.255.255.255", "256.1.1.1", "01.2.3.4", "1.2.3.04",
                "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3", "1.2.3.", "", "1.2.3.4 ", "a.b.c.d", "1.2.3.1000",
                "192.168.100.200", "00.0.0.0", "0.00.0.0", "::ffff:10.0.0.1", "1.2.3.4a", "\u0661.2.3.4")) {
            assertEquals(unchangedIpv4(text), ValueType.isCanonicalIpv4(text), text);
        }
        Random random = new Random(20261123);
        String alphabet = "0123456789..:a ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(16); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = random.nextBoolean() ? text.toString() : random.nextInt(300) + "." + random.nextInt(300)
                    + "." + (random.nextInt(4) == 0 ? "0" : "") + random.nextInt(300) + "." + random.nextInt(300);
            assertEquals(unchangedIpv4(candidate), ValueType.isCanonicalIpv4(candidate), candidate);
        }
    }

    private static boolean unchangedIpv4(String text) {
        return text.indexOf(':') < 0 && text.equals(IpAddresses.normalize(text));
    }
}
