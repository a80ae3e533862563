package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work a log type does beyond its message shapes (the filter's {@code afterMatch}/{@code afterShapes} and the
 * parsers without shapes): which {@code cisco/<main>.painless} runs, with which tables as parameters.
 */
final class CiscoTypeScripts {

    /** One extra script of a log type pipeline; {@code matcher} when it matches shapes itself. */
    record Extra(String main, String description, boolean matcher, Map<String, Object> params) {
    }

    private CiscoTypeScripts() {
    }

    static Optional<Extra> extra(String type, Map<String, Object> types) {
        return switch (type) {
            case "amp" -> Optional.of(new Extra("amp", "Key and value list of amp-keys.tsv and bracketed details "
                    + "of shapes/amp-details.tsv (AmpLogParser).", true, CiscoPipelineGenerator.ordered(
                    "keys", keys("amp-keys.tsv"), "order", CiscoTable.read("amp-keys.tsv", 3).stream()
                            .map(row -> row[0]).toList(),
                    "details", CiscoPipelineGenerator.shapes("amp-details"), "types", types)));
            case "consolidated_event" -> Optional.of(new Extra("consolidated_event", "CEF severity, timestamp "
                    + "and extensions of consolidated-keys.tsv (ConsolidatedEventParser).", false,
                    CiscoPipelineGenerator.ordered("keys", keys("consolidated-keys.tsv"), "types", types)));
            case "gui_logs" -> Optional.of(new Extra("gui_logs", "User-agent fields of user-agents.tsv "
                    + "(GuiLogParser).", false, CiscoPipelineGenerator.ordered("user_agents",
                    CiscoTable.read("user-agents.tsv", 4).stream().map(List::of).toList(), "types", types)));
            case "mail_logs" -> Optional.of(new Extra("mail_logs", "File name and extension, and the MID of any "
                    + "line starting with one (TextMailLogParser).", false,
                    CiscoPipelineGenerator.ordered("types", types)));
            case "status" -> Optional.of(new Extra("status", "Key and value pairs of status-keys.tsv "
                    + "(StatusLogParser).", false, CiscoPipelineGenerator.ordered("keys", targets("status-keys.tsv"),
                    "types", types)));
            default -> Optional.empty();
        };
    }

    /** Key to target field, from a two-column table. */
    private static Map<String, Object> targets(String table) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String[] row : CiscoTable.read(table, 2)) {
            keys.put(row[0], CiscoTable.expand(row[1]));
        }
        return keys;
    }

    /** Key to [target field, transform], from a three-column table. */
    private static Map<String, Object> keys(String table) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String[] row : CiscoTable.read(table, 3)) {
            List<Object> key = new ArrayList<>();
            key.add(CiscoTable.expand(row[1]));
            key.add(row[2]);
            keys.put(row[0], key);
        }
        return keys;
    }
}
