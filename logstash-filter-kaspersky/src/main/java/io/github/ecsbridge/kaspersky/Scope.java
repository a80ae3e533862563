package io.github.ecsbridge.kaspersky;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event classes a table row applies to: a comma-separated list of exact class ids, prefixes ending in
 * {@code *}, groups written {@code @Group}, or {@code *} for all. Rows compete by {@link #specificity}: an exact id
 * beats a prefix (a longer prefix beats a shorter one), a prefix beats a group, a group beats {@code *}.
 */
final class Scope {

    /** Returned by {@link #specificity} when the scope does not cover the class. */
    static final int NO_MATCH = -1;

    private static final int ALL = 0;
    private static final int GROUP = 1;
    private static final int PREFIX = 1_000;
    private static final int EXACT = Integer.MAX_VALUE;

    private final String text;
    private final List<String> exact;
    private final List<String> prefixes;
    private final List<String> groups;
    private final boolean all;

    private Scope(String text, List<String> exact, List<String> prefixes, List<String> groups, boolean all) {
        this.text = text;
        this.exact = exact;
        this.prefixes = prefixes;
        this.groups = groups;
        this.all = all;
    }

    /** Parses a scope cell; {@code where} prefixes the message of a malformed one. */
    static Scope parse(String cell, String where) {
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        boolean all = false;
        for (String part : cell.split(",", -1)) {
            if (part.isEmpty() || !part.equals(part.trim())) {
                throw new IllegalStateException(where + "[scope] has an empty or padded entry in '" + cell + "'");
            }
            if (part.equals("*")) {
                all = true;
            } else if (part.startsWith("@")) {
                groups.add(part.substring(1));
            } else if (part.endsWith("*")) {
                prefixes.add(part.substring(0, part.length() - 1));
            } else {
                exact.add(part);
            }
        }
        return new Scope(cell, Collections.unmodifiableList(exact), Collections.unmodifiableList(prefixes),
                Collections.unmodifiableList(groups), all);
    }

    /**
     * How closely this scope names an event class, or {@link #NO_MATCH}.
     *
     * @param signature the event class id, never null (empty when the event has none)
     * @param group     the class's group, or {@code null}
     */
    int specificity(String signature, String group) {
        if (exact.contains(signature)) {
            return EXACT;
        }
        int best = NO_MATCH;
        for (String prefix : prefixes) {
            if (signature.startsWith(prefix)) {
                best = Math.max(best, PREFIX + prefix.length());
            }
        }
        if (best != NO_MATCH) {
            return best;
        }
        if (group != null && groups.contains(group)) {
            return GROUP;
        }
        return all ? ALL : NO_MATCH;
    }

    /**
     * The scope as plain data, for matchers outside Java (the ingest pipeline's painless script): {@code exact},
     * {@code prefixes} and {@code groups} lists and the {@code all} flag.
     */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("exact", exact);
        described.put("prefixes", prefixes);
        described.put("groups", groups);
        described.put("all", all);
        return described;
    }

    /** The exact class ids named. */
    List<String> exactIds() {
        return exact;
    }

    /** The groups named, without {@code @}. */
    List<String> groups() {
        return groups;
    }

    @Override
    public String toString() {
        return text;
    }
}
