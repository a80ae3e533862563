package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each data type converts good values to document types and rejects bad ones with a reason. */
class CefDataTypeTest {

    private final CefTimestamps timestamps = new CefTimestamps(ZoneOffset.UTC, Locale.ENGLISH,
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    private Object convert(CefDataType type, String raw) {
        return type.convert(raw, timestamps, ZoneOffset.UTC);
    }

    private String failure(CefDataType type, String raw) {
        return assertThrows(IllegalArgumentException.class, () -> convert(type, raw)).getMessage();
    }

    @Test
    void stringIsKeptAsSent() {
        assertEquals("  a b  ", convert(CefDataType.STRING, "  a b  "));
    }

    @Test
    void integerBecomesLongWithinIntRange() {
        assertEquals(1232L, convert(CefDataType.INTEGER, " 1232 "));
        assertEquals(-5L, convert(CefDataType.INTEGER, "-5"));
        assertEquals(2147483647L, convert(CefDataType.INTEGER, "2147483647"));
        assertEquals("integer out of range: '2147483648'", failure(CefDataType.INTEGER, "2147483648"));
        assertEquals("not an integer: 'abc'", failure(CefDataType.INTEGER, "abc"));
        assertEquals("not an integer: '12.5'", failure(CefDataType.INTEGER, "12.5"));
        assertEquals("not an integer: '0x1F'", failure(CefDataType.INTEGER, "0x1F"));
    }

    @Test
    void longCoversTheWholeRange() {
        assertEquals(9223372036854775807L, convert(CefDataType.LONG, "9223372036854775807"));
        assertEquals(-9223372036854775808L, convert(CefDataType.LONG, "-9223372036854775808"));
        assertEquals("integer out of range: '9223372036854775808'",
                failure(CefDataType.LONG, "9223372036854775808"));
        assertEquals("not an integer: '+'", failure(CefDataType.LONG, "+"));
    }

    @Test
    void floatingPointAndDoubleBecomeDouble() {
        assertEquals(38.915, convert(CefDataType.DOUBLE, "38.915"));
        assertEquals(-77.511, convert(CefDataType.DOUBLE, "-77.511"));
        assertEquals(1500.0, convert(CefDataType.FLOATING_POINT, "1.5e3"));
        assertEquals(0.5, convert(CefDataType.FLOATING_POINT, ".5"));
        assertEquals(3.0, convert(CefDataType.FLOATING_POINT, "3"));
        assertEquals("not a number: 'NaN'", failure(CefDataType.DOUBLE, "NaN"));
        assertEquals("not a number: 'Infinity'", failure(CefDataType.DOUBLE, "Infinity"));
        assertEquals("not a number: '1.5f'", failure(CefDataType.DOUBLE, "1.5f"));
        assertEquals("not a number: '1e'", failure(CefDataType.DOUBLE, "1e"));
        assertEquals("number out of range: '1e999'", failure(CefDataType.DOUBLE, "1e999"));
    }

    @Test
    void addressTypesAcceptIpv4AndIpv6WithoutDns() {
        assertEquals("10.0.0.1", convert(CefDataType.IPV4_ADDRESS, " 10.0.0.1 "));
        assertEquals("2001:db8::1", convert(CefDataType.IPV4_ADDRESS, "2001:DB8:0:0:0:0:0:1"));
        assertEquals("10.1.2.3", convert(CefDataType.IPV6_ADDRESS, "10.1.2.3"));
        assertEquals("fe80::1", convert(CefDataType.IP_ADDRESS, "fe80::1"));
        assertEquals("not an IP address: 'host.example'", failure(CefDataType.IPV4_ADDRESS, "host.example"));
        assertEquals("not an IP address: 'localhost'", failure(CefDataType.IP_ADDRESS, "localhost"));
    }

    @Test
    void macAddressIsNormalised() {
        assertEquals("00-0D-60-AF-1B-61", convert(CefDataType.MAC_ADDRESS, "00:0d:60:af:1b:61"));
        assertEquals("not a MAC address: '00:0d:60'", failure(CefDataType.MAC_ADDRESS, "00:0d:60"));
    }

    @Test
    void timeStampBecomesIsoUtcWithMilliseconds() {
        assertEquals("2014-01-01T12:05:00.000Z", convert(CefDataType.TIME_STAMP, "1388577900000"));
        assertEquals("2015-02-09T00:27:43.000Z", convert(CefDataType.TIME_STAMP, "Feb 09 2015 00:27:43 UTC"));
        assertEquals("2018-06-03T10:40:48.000Z",
                CefDataType.TIME_STAMP.convert("Jun 03 2018 12:40:48", timestamps, ZoneId.of("Europe/Berlin")));
        assertEquals("unrecognised time stamp 'yesterday': expected a month name at position 0",
                failure(CefDataType.TIME_STAMP, "yesterday"));
    }

    @Test
    void tableNamesRoundTrip() {
        for (CefDataType type : CefDataType.values()) {
            assertEquals(type, CefDataType.fromTableName(type.tableName()));
        }
        assertEquals("unknown CEF data type 'Integer '",
                assertThrows(IllegalArgumentException.class, () -> CefDataType.fromTableName("Integer ")).getMessage());
    }
}
