package io.github.ecsbridge.cef;

import java.time.ZoneId;

/**
 * The value types of the CEF key dictionary, each with its conversion from the unescaped text to a document value.
 *
 * <p>Results are the plain types every engine shares: {@code Long} for Integer and Long, {@code Double} for
 * floating point, and normalised {@code String}s for addresses and time stamps (ISO-8601 UTC with milliseconds).
 * Address types accept IPv4 and IPv6 alike, because CEF 1.x allows IPv6 in the "IPv4" fields and every peer
 * accepts it; nothing is ever resolved through DNS.
 */
public enum CefDataType {
    STRING("String"),
    INTEGER("Integer"),
    LONG("Long"),
    FLOATING_POINT("FloatingPoint"),
    DOUBLE("Double"),
    IP_ADDRESS("IPAddress"),
    IPV4_ADDRESS("IPv4Address"),
    IPV6_ADDRESS("IPv6Address"),
    MAC_ADDRESS("MACAddress"),
    TIME_STAMP("TimeStamp");

    private final String tableName;

    CefDataType(String tableName) {
        this.tableName = tableName;
    }

    /** The spelling used in the {@code type} column of the key table. */
    public String tableName() {
        return tableName;
    }

    /** Looks up a type by its key-table spelling. */
    public static CefDataType fromTableName(String name) {
        for (CefDataType type : values()) {
            if (type.tableName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown CEF data type '" + name + "'");
    }

    /**
     * Converts an unescaped value to this type.
     *
     * @param raw        the value as scanned; typed values are trimmed first, strings are returned unchanged
     * @param timestamps parser for {@link #TIME_STAMP} values
     * @param zone       zone for time stamps that carry none (the configured default, or the event's {@code dtz})
     * @throws IllegalArgumentException with a short reason when the value does not fit the type
     */
    public Object convert(String raw, CefTimestamps timestamps, ZoneId zone) {
        switch (this) {
            case STRING:
                return raw;
            case INTEGER: {
                long value = Numbers.parseLong(raw.trim());
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("integer out of range: " + Numbers.quote(raw));
                }
                return value;
            }
            case LONG:
                return Numbers.parseLong(raw.trim());
            case FLOATING_POINT:
            case DOUBLE:
                return Numbers.parseDouble(raw.trim());
            case IP_ADDRESS:
            case IPV4_ADDRESS:
            case IPV6_ADDRESS: {
                String address = IpAddresses.normalize(raw.trim());
                if (address == null) {
                    throw new IllegalArgumentException("not an IP address: " + Numbers.quote(raw));
                }
                return address;
            }
            case MAC_ADDRESS: {
                String mac = MacAddresses.normalize(raw.trim());
                if (mac == null) {
                    throw new IllegalArgumentException("not a MAC address: " + Numbers.quote(raw));
                }
                return mac;
            }
            case TIME_STAMP:
                return CefTimestamps.format(timestamps.parse(raw, zone));
            default:
                throw new AssertionError(this);
        }
    }
}
