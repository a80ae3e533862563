package io.github.ecsbridge.gem;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads {@code checksums.yaml}: per algorithm, the hex digest of each compressed gem member.
 *
 * <p>RubyGems verifies these digests on install and fails with "SHA256 checksum mismatch" when one differs. Digests
 * are quoted so that one made only of decimal digits is still read as a string.
 */
final class ChecksumsYaml {

    /** RubyGems' algorithm names, mapped to the JDK's. */
    static final Map<String, String> ALGORITHMS = Map.of("SHA256", "SHA-256", "SHA512", "SHA-512");
    private static final String[] ORDER = {"SHA256", "SHA512"};

    private ChecksumsYaml() {
    }

    /** {@code members} maps each member name to its bytes exactly as stored in the gem, in the order to list them. */
    static String render(Map<String, byte[]> members) {
        StringBuilder yaml = new StringBuilder("---\n");
        for (String algorithm : ORDER) {
            yaml.append(algorithm).append(":\n");
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                yaml.append("  ").append(member.getKey()).append(": ")
                        .append(YamlText.quote(hexDigest(algorithm, member.getValue()))).append('\n');
            }
        }
        return yaml.toString();
    }

    /** Hex digest of {@code data} with a RubyGems algorithm name such as {@code SHA256}. */
    static String hexDigest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHMS.get(algorithm)).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("[checksums] the JDK lacks " + algorithm, e);
        }
    }

    /** Reads the two-level mapping that RubyGems and {@link #render} write; digests may be quoted or plain. */
    static Map<String, Map<String, String>> parse(String yaml) {
        Map<String, Map<String, String>> checksums = new LinkedHashMap<>();
        Map<String, String> current = null;
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.equals("---")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("[checksums] cannot read line " + (i + 1) + ": '" + line + "'");
            }
            if (!line.startsWith(" ") && line.endsWith(":")) {
                current = new LinkedHashMap<>();
                checksums.put(line.substring(0, colon), current);
            } else if (line.startsWith("  ") && current != null) {
                current.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            } else {
                throw new IllegalArgumentException("[checksums] cannot read line " + (i + 1) + ": '" + line + "'");
            }
        }
        return checksums;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
