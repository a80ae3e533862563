package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the field list of {@code docs/index.asciidoc} is the one the tables imply: every vendor and ECS field
 * a table row can set, with its type and source keys or labels, and the module and dataset of {@code products.tsv}.
 * {@code -Dkaspersky.docs.update=true} rewrites the list after a table change.
 */
class FieldListDocTest {

    private static final Path DOC = Path.of("docs", "index.asciidoc");
    private static final String BEGIN = "// BEGIN FIELD LIST: generated from the tables by FieldListDocTest";
    private static final String END = "// END FIELD LIST";
    private static final Map<String, String> TITLES = new java.util.LinkedHashMap<>();
    private static final EcsReference ECS = new EcsReference();

    static {
        TITLES.put("ksmg", "Kaspersky Secure Mail Gateway / Linux Mail Security");
        TITLES.put("kata", "Kaspersky Anti Targeted Attack Platform");
        TITLES.put("kcs", "Kaspersky Container Security");
        TITLES.put("ksc", "Kaspersky Security Center");
    }

    @Test
    void fieldListOfTheDocsMatchesTheTables() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/index.asciidoc lacks the field list markers");
        String current = doc.substring(begin, end + END.length());
        String expected = render(KasperskyTables.load());
        if (Boolean.getBoolean("kaspersky.docs.update")) {
            Files.writeString(DOC, doc.replace(current, expected), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, current, "run with -Dkaspersky.docs.update=true and review the change");
    }

    static String render(KasperskyTables tables) {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        assertEquals(TITLES.keySet(), tables.products().keySet());
        TITLES.forEach((code, title) -> {
            ProductTables product = tables.products().get(code);
            Map<String, Set<String>> types = new TreeMap<>();
            Map<String, Set<String>> sources = new TreeMap<>();
            for (FieldRule rule : product.fields()) {
                String source = rule.key() != null ? "`" + rule.key() + "`"
                        : "label `" + rule.labels().replace("|", "` or `") + "`";
                if (rule.field() != null) {
                    String field = "kaspersky." + code + "." + rule.field();
                    types.computeIfAbsent(field, k -> new TreeSet<>()).add(indexType(rule.type()));
                    sources.computeIfAbsent(field, k -> new TreeSet<>()).add(source);
                }
                if (rule.ecs() != null) {
                    for (String field : ecsFields(rule)) {
                        types.computeIfAbsent(field, k -> new TreeSet<>()).add(ecsType(rule, field));
                        sources.computeIfAbsent(field, k -> new TreeSet<>()).add(source);
                    }
                }
            }
            // Not from a field row: products.tsv names the dataset, and every mapped event gets these.
            String every = "every event: `" + product.dataset() + "`";
            for (String field : List.of("data_stream.dataset", "event.dataset")) {
                types.computeIfAbsent(field, k -> new TreeSet<>()).add(ECS.type(field));
                sources.computeIfAbsent(field, k -> new TreeSet<>()).add(every);
            }
            types.computeIfAbsent("event.module", k -> new TreeSet<>()).add(ECS.type("event.module"));
            sources.computeIfAbsent("event.module", k -> new TreeSet<>())
                    .add("every event: `" + KasperskyMapper.MODULE + "`");
            out.append('\n').append("[id=\"plugins-{type}s-{plugin}-fields-").append(code).append("\"]\n")
                    .append("===== ").append(title).append(" (`").append(code)
                    .append("`)\n\n")
                    .append("[cols=\"<,<,<\",options=\"header\"]\n")
                    .append("|=======================================================================\n")
                    .append("|Field |Type |Source\n");
            types.forEach((field, type) -> out.append("|`").append(field).append("` |")
                    .append(String.join(", ", type)).append(" |").append(String.join(", ", sources.get(field)))
                    .append('\n'));
            out.append("|`kaspersky.").append(code).append(".<label>` |by slot |custom fields with a label no ")
                    .append("row knows, named in snake_case\n")
                    .append("|=======================================================================\n");
        });
        return out.append(END).toString();
    }

    private static Set<String> ecsFields(FieldRule rule) {
        Set<String> fields = new TreeSet<>();
        switch (rule.translation().kind()) {
            case HASH:
                for (String algorithm : new String[] {"md5", "sha1", "sha256", "sha512"}) {
                    fields.add(rule.ecs() + "." + algorithm);
                }
                break;
            case DOMAIN_USER:
                fields.add(rule.ecs());
                fields.add(rule.ecs().substring(0, rule.ecs().lastIndexOf('.') + 1) + "domain");
                break;
            default:
                fields.add(rule.ecs());
        }
        return fields;
    }

    private static String ecsType(FieldRule rule, String field) {
        String type = ECS.type(field);
        return type != null ? type : indexType(rule.type());
    }

    private static String indexType(ValueType type) {
        switch (type) {
            case STRING:
            case LIST:
            case LIST_SEMICOLON:
                return "keyword";
            default:
                return type.name().toLowerCase(Locale.ROOT);
        }
    }
}
