package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small user-agent reader driven by {@code user-agents.tsv}, giving the fields Elasticsearch's
 * {@code user_agent} processor gives for the browsers that open the ESA web interface: {@code user_agent.name},
 * {@code .version}, {@code .os.name}, {@code .os.version}, {@code .os.full} and {@code .device.name}.
 *
 * <p>Rows (columns: kind, text the agent contains, name, version) are tried in order and the first row of each kind
 * that matches wins. The version column is {@code -} (none), {@code @TEXT} (the number right after that text, up to
 * four parts, {@code _} read as {@code .}) or a fixed value. As in Elasticsearch, an unknown browser or device is
 * named {@code Other} and an unknown operating system is left out.
 */
final class UserAgentParser {

    private static final int MAX_VERSION_PARTS = 4;
    private static final FieldTypes TYPES = FieldTypes.standard();
    private static final Field NAME = TYPES.require("user_agent.name");
    private static final Field VERSION = TYPES.require("user_agent.version");
    private static final Field OS_NAME = TYPES.require("user_agent.os.name");
    private static final Field OS_VERSION = TYPES.require("user_agent.os.version");
    private static final Field OS_FULL = TYPES.require("user_agent.os.full");
    private static final Field DEVICE_NAME = TYPES.require("user_agent.device.name");

    private enum Kind { AGENT, OS, DEVICE }

    private record Rule(Kind kind, String contains, String name, String version) {
    }

    private final List<Rule> rules;

    private UserAgentParser(List<Rule> rules) {
        this.rules = rules;
    }

    static UserAgentParser load() {
        List<Rule> rules = new ArrayList<>();
        for (TableReader.Row row : TableReader.read("user-agents.tsv", 4)) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be agent, os or device, got '" + row.get(0) + "'");
            }
            rules.add(new Rule(kind, row.get(1), row.get(2), row.get(3)));
        }
        return new UserAgentParser(List.copyOf(rules));
    }

    /** Writes the user-agent fields for {@code agent}. */
    void parse(String agent, FieldWriter out) {
        Rule browser = first(Kind.AGENT, agent);
        out.put(NAME, browser == null ? "Other" : browser.name());
        if (browser != null) {
            out.put(VERSION, version(agent, browser.version()));
        }
        Rule os = first(Kind.OS, agent);
        if (os != null) {
            String version = version(agent, os.version());
            out.put(OS_NAME, os.name());
            if (version != null) {
                out.put(OS_VERSION, version);
                out.put(OS_FULL, os.name() + " " + version);
            }
        }
        Rule device = first(Kind.DEVICE, agent);
        out.put(DEVICE_NAME, device == null ? "Other" : device.name());
    }

    private Rule first(Kind kind, String agent) {
        for (Rule rule : rules) {
            if (rule.kind() == kind && agent.contains(rule.contains())) {
                return rule;
            }
        }
        return null;
    }

    private static String version(String agent, String spec) {
        if (spec.equals("-")) {
            return null;
        }
        if (!spec.startsWith("@")) {
            return spec;
        }
        int at = agent.indexOf(spec.substring(1));
        if (at < 0) {
            return null;
        }
        int i = at + spec.length() - 1;
        StringBuilder version = new StringBuilder();
        int parts = 0;
        while (parts < MAX_VERSION_PARTS && i < agent.length() && Character.isDigit(agent.charAt(i))) {
            if (parts > 0) {
                version.append('.');
            }
            while (i < agent.length() && Character.isDigit(agent.charAt(i))) {
                version.append(agent.charAt(i++));
            }
            parts++;
            if (i + 1 < agent.length() && (agent.charAt(i) == '.' || agent.charAt(i) == '_')
                    && Character.isDigit(agent.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return parts == 0 ? null : version.toString();
    }
}
