package io.github.ecsbridge.kaspersky;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ECS facts the table tests check against, read from the test resources {@code ecs-*.tsv}. */
final class EcsReference {

    private final Map<String, String> fieldTypes = new HashMap<>();
    private final Map<String, Set<String>> allowed = new HashMap<>();
    private final Map<String, Set<String>> expectedTypes = new HashMap<>();

    EcsReference() {
        for (TsvTable.Row row : rows("ecs-fields.tsv", "field\ttype")) {
            fieldTypes.put(row.cell(0), row.cell(1));
        }
        for (TsvTable.Row row : rows("ecs-categorization.tsv", "field\tvalue\texpected_types")) {
            allowed.computeIfAbsent(row.cell(0), k -> new HashSet<>()).add(row.cell(1));
            String expected = row.cell(2);
            if (expected != null) {
                expectedTypes.put(row.cell(1), Set.of(expected.split(",")));
            }
        }
    }

    /** Whether ECS defines the field (an object such as {@code file.hash} counts when it has leaves). */
    boolean hasField(String field) {
        if (fieldTypes.containsKey(field)) {
            return true;
        }
        String prefix = field + ".";
        return fieldTypes.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }

    /** The ECS type of a field ({@code keyword}, {@code ip}, ...), or {@code null}. */
    String type(String field) {
        return fieldTypes.get(field);
    }

    /** The allowed values of a categorization field ({@code event.kind}, ...). */
    Set<String> allowedValues(String field) {
        return allowed.getOrDefault(field, Set.of());
    }

    /** The event types ECS expects with a category. */
    Set<String> expectedTypes(String category) {
        return expectedTypes.getOrDefault(category, Set.of());
    }

    private static List<TsvTable.Row> rows(String name, String header) {
        try (var in = EcsReference.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .toList();
            return TsvTable.parse(name, lines, header);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
