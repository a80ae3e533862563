package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.IpAddresses;
import io.github.ecsbridge.ecs.EcsDocument;

import java.util.List;
import java.util.Locale;

/**
 * The {@code translate} column of the field tables: a named rule applied to a value on its way to a field, for the
 * few values whose form differs from what ECS expects (the counterpart of the Beats {@code Translate} functions).
 */
final class Translation {

    /** The rules; {@code value:<constant>} is {@link Kind#CONSTANT}. */
    enum Kind {
        NONE, LOWERCASE, HASH, DECIMAL_IP, INGRESS_EGRESS, DOMAIN_USER, BEFORE_PIPE, AFTER_PIPE, CONSTANT
    }

    static final Translation NONE = new Translation(Kind.NONE, null);

    private static final String CONSTANT_PREFIX = "value:";
    private static final long MAX_IPV4 = 0xFFFF_FFFFL;

    private final Kind kind;
    private final String constant;

    private Translation(Kind kind, String constant) {
        this.kind = kind;
        this.constant = constant;
    }

    /** Parses a table cell; {@code null} (an empty cell) is {@link #NONE}. */
    static Translation parse(String cell) {
        if (cell == null) {
            return NONE;
        }
        if (cell.startsWith(CONSTANT_PREFIX) && cell.length() > CONSTANT_PREFIX.length()) {
            return new Translation(Kind.CONSTANT, cell.substring(CONSTANT_PREFIX.length()));
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CONSTANT && kind.name().toLowerCase(Locale.ROOT).equals(cell)) {
                return kind == Kind.NONE ? NONE : new Translation(kind, null);
            }
        }
        throw new IllegalArgumentException("unknown translate rule '" + cell + "'");
    }

    Kind kind() {
        return kind;
    }

    /** Whether the rule can take a list (only rules that copy or replace the whole value can). */
    boolean acceptsLists() {
        return kind == Kind.NONE || kind == Kind.CONSTANT;
    }

    /**
     * Writes a read value to a field.
     *
     * @throws IllegalArgumentException when the value has no meaning under this rule
     */
    void write(EcsDocument document, String field, Object value) {
        switch (kind) {
            case NONE:
                document.put(field, value instanceof List<?> list ? new java.util.ArrayList<>(list) : value);
                break;
            case CONSTANT:
                document.put(field, constant);
                break;
            case LOWERCASE:
                document.put(field, value.toString().toLowerCase(Locale.ROOT));
                break;
            case HASH:
                writeHash(document, field, value.toString());
                break;
            case DECIMAL_IP:
                document.put(field, decimalIp(value.toString().trim()));
                break;
            case INGRESS_EGRESS:
                document.put(field, ingressEgress(value.toString().trim()));
                break;
            case DOMAIN_USER:
                writeDomainUser(document, field, value.toString());
                break;
            case BEFORE_PIPE:
            case AFTER_PIPE:
                writePipePart(document, field, value.toString());
                break;
            default:
                throw new AssertionError(kind);
        }
    }

    private static void writeHash(EcsDocument document, String field, String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.digit(text.charAt(start), 16) < 0) {
            start++;
        }
        while (end > start && Character.digit(text.charAt(end - 1), 16) < 0) {
            end--;
        }
        String digest = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (int i = 0; i < digest.length(); i++) {
            if (Character.digit(digest.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("not a hex digest: '" + text + "'");
            }
        }
        String algorithm;
        switch (digest.length()) {
            case 32:
                algorithm = "md5";
                break;
            case 40:
                algorithm = "sha1";
                break;
            case 64:
                algorithm = "sha256";
                break;
            case 128:
                algorithm = "sha512";
                break;
            default:
                throw new IllegalArgumentException("a hex digest of " + digest.length()
                        + " digits is no MD5, SHA-1, SHA-256 or SHA-512: '" + text + "'");
        }
        document.put(field + '.' + algorithm, digest);
    }

    private static String decimalIp(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 10;
        for (int i = 0; digits && i < text.length(); i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (digits) {
            long number = Long.parseLong(text);
            if (number <= MAX_IPV4) {
                return (number >>> 24) + "." + ((number >>> 16) & 0xFF) + "." + ((number >>> 8) & 0xFF) + "."
                        + (number & 0xFF);
            }
        }
        String address = IpAddresses.normalize(text);
        if (address == null) {
            throw new IllegalArgumentException("not an IPv4 number or address: '" + text + "'");
        }
        return address;
    }

    private static String ingressEgress(String text) {
        if (text.equals("0")) {
            return "ingress";
        }
        if (text.equals("1")) {
            return "egress";
        }
        throw new IllegalArgumentException("direction must be 0 (ingress) or 1 (egress), got '" + text + "'");
    }

    private static void writeDomainUser(EcsDocument document, String field, String account) {
        int separator = account.indexOf('\\');
        if (separator <= 0 || separator == account.length() - 1) {
            document.put(field, account);
            return;
        }
        document.put(field, account.substring(separator + 1));
        int dot = field.lastIndexOf('.');
        document.put(dot < 0 ? "domain" : field.substring(0, dot + 1) + "domain", account.substring(0, separator));
    }

    private void writePipePart(EcsDocument document, String field, String text) {
        int pipe = text.indexOf('|');
        if (kind == Kind.BEFORE_PIPE) {
            document.put(field, pipe < 0 ? text : text.substring(0, pipe));
        } else if (pipe >= 0 && pipe < text.length() - 1) {
            document.put(field, text.substring(pipe + 1));
        }
    }

    @Override
    public String toString() {
        return kind == Kind.CONSTANT ? CONSTANT_PREFIX + constant : kind.name().toLowerCase(Locale.ROOT);
    }
}
