package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;

/** IP literals are recognised and printed canonically; anything else is refused without a lookup. */
class IpAddressesTest {

    @Test
    void ipv4IsPrintedWithoutLeadingZeros() {
        assertEquals("10.0.0.1", IpAddresses.normalize("10.0.0.1"));
        assertEquals("10.1.2.3", IpAddresses.normalize("010.001.002.003"));
        assertEquals("1.2.3.4", IpAddresses.normalize("1.2.3.04"));
        assertEquals("0.0.0.0", IpAddresses.normalize("0.00.0.0"));
        assertEquals("0.0.0.0", IpAddresses.normalize("00.0.0.0"));
        assertEquals("255.255.255.255", IpAddresses.normalize("255.255.255.255"));
        assertEquals("0.0.0.0", IpAddresses.normalize("0.0.0.0"));
    }

    @Test
    void anyDottedTextIsTheAddressItsNumbersSayOrNothing() {
        Pattern quad = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
        Random random = new Random(20261123);
        String alphabet = "0123456789.a ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(16); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = random.nextBoolean() ? text.toString() : random.nextInt(300) + "." + random.nextInt(300)
                    + "." + (random.nextInt(4) == 0 ? "0" : "") + random.nextInt(300) + "." + random.nextInt(300);
            String expected = null;
            if (quad.matcher(candidate).matches()) {
                int[] parts = Arrays.stream(candidate.split("\\.")).mapToInt(Integer::parseInt).toArray();
                if (Arrays.stream(parts).allMatch(part -> part <= 255)) {
                    expected = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
                }
            }
            assertEquals(expected, IpAddresses.normalize(candidate), candidate);
        }
    }

    @Test
    void malformedIpv4IsRefused() {
        for (String bad : new String[] {"256.0.0.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.", "1.2.3.4 ", "0001.2.3.4",
                "a.b.c.d", "", "host.example"}) {
            assertNull(IpAddresses.normalize(bad), bad);
        }
    }

    @Test
    void ipv6IsPrintedAsRfc5952Recommends() {
        assertEquals("2001:db8::1", IpAddresses.normalize("2001:0DB8:0000:0000:0000:0000:0000:0001"));
        assertEquals("::", IpAddresses.normalize("::"));
        assertEquals("::1", IpAddresses.normalize("0:0:0:0:0:0:0:1"));
        assertEquals("1::", IpAddresses.normalize("1:0:0:0:0:0:0:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddresses.normalize("2001:db8::1:1:1:1:1"));
        assertEquals("2001:0:0:1::1", IpAddresses.normalize("2001:0:0:1:0:0:0:1"));
        assertEquals("2001:db8::1:0:0:1", IpAddresses.normalize("2001:db8:0:0:1:0:0:1"));
        assertEquals("64:ff9b::c000:201", IpAddresses.normalize("64:ff9b::192.0.2.1"));
    }

    @Test
    void ipv4MappedIpv6IsPrintedAsIpv4() {
        assertEquals("10.0.0.1", IpAddresses.normalize("::ffff:10.0.0.1"));
        assertEquals("10.0.0.1", IpAddresses.normalize("::FFFF:a00:1"));
    }

    @Test
    void malformedIpv6IsRefused() {
        for (String bad : new String[] {":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", "::1:",
                ":1::", "fe80::1%eth0", "[::1]", "::ffff:1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "g::1"}) {
            assertNull(IpAddresses.normalize(bad), bad);
        }
    }

    @Test
    void isIpAgreesWithNormalize() {
        assertEquals(true, IpAddresses.isIp("::1"));
        assertEquals(false, IpAddresses.isIp("dc01.example.com"));
        assertEquals(false, IpAddresses.isIp(null));
    }
}
