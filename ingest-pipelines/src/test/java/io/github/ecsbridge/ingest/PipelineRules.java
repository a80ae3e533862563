package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every pipeline of this project follows (STYLE.md item 24), checked without a cluster:
 * <ul>
 *   <li>only processors of Elasticsearch 7.10 (ingest-common, ingest-user-agent, painless script), and no
 *       {@code copy_from}, which 7.10 and OpenSearch lack;</li>
 *   <li>a unique {@code tag} on every processor, so that a failure names the step;</li>
 *   <li>an {@code on_failure} handler that appends {@code _ingest.on_failure_message} to {@code error.message},
 *       sets {@code event.kind: pipeline_error}, tags the document {@code preserve_original_event}, removes
 *       {@code _tmp} and leaves {@code event.original} alone;</li>
 *   <li>entry pipelines end by removing the scratch object {@code _tmp}.</li>
 * </ul>
 */
final class PipelineRules {

    static final String PROCESSOR_LIST = "elasticsearch-7.10-ingest-processors.txt";

    private final Set<String> allowedProcessors;

    PipelineRules(Set<String> allowedProcessors) {
        this.allowedProcessors = allowedProcessors;
    }

    /** The rules with the 7.10 processor list of the test resources. */
    static PipelineRules standard() {
        return new PipelineRules(elasticsearch710Processors());
    }

    /** The processor types of {@value #PROCESSOR_LIST}. */
    static Set<String> elasticsearch710Processors() {
        try (InputStream in = PipelineRules.class.getClassLoader().getResourceAsStream(PROCESSOR_LIST)) {
            if (in == null) {
                throw new IllegalStateException(PROCESSOR_LIST + " is not on the class path");
            }
            Set<String> types = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    types.add(line.trim());
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every broken rule of one pipeline, as {@code <id> <location>: <problem>}; empty when it follows them all. */
    List<String> violations(String id, Map<String, Object> body, boolean entry) {
        List<String> violations = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (PipelineProcessors.Processor processor : PipelineProcessors.of(body)) {
            String where = id + " " + processor.location() + " " + processor.type();
            if (!allowedProcessors.contains(processor.type())) {
                violations.add(where + ": processor not available in Elasticsearch 7.10");
            }
            if (processor.config().containsKey("copy_from")) {
                violations.add(where + ": copy_from is not available in Elasticsearch 7.10");
            }
            Object tag = processor.config().get("tag");
            if (!(tag instanceof String text) || text.isBlank()) {
                violations.add(where + ": no tag");
            } else if (!tags.add(text)) {
                violations.add(where + ": tag " + text + " is used twice");
            }
        }
        checkFailureHandler(id, body, violations);
        if (entry) {
            checkTmpRemovedAtEnd(id, body, violations);
        }
        return violations;
    }

    private static void checkFailureHandler(String id, Map<String, Object> body, List<String> violations) {
        List<PipelineProcessors.Processor> handler = PipelineProcessors.of(Map.of("on_failure",
                body.getOrDefault("on_failure", List.of())));
        if (handler.stream().noneMatch(p -> p.type().equals("append") && "error.message".equals(p.config().get("field"))
                && String.valueOf(p.config().get("value")).contains("{{{_ingest.on_failure_message}}}"))) {
            violations.add(id + " on_failure: does not append {{{_ingest.on_failure_message}}} to error.message");
        }
        if (handler.stream().noneMatch(p -> p.type().equals("set") && "event.kind".equals(p.config().get("field"))
                && "pipeline_error".equals(p.config().get("value")))) {
            violations.add(id + " on_failure: does not set event.kind to pipeline_error");
        }
        if (handler.stream().noneMatch(p -> p.type().equals("append") && "tags".equals(p.config().get("field"))
                && "preserve_original_event".equals(p.config().get("value")))) {
            violations.add(id + " on_failure: does not tag the document preserve_original_event");
        }
        if (handler.stream().noneMatch(PipelineRules::removesTmp)) {
            violations.add(id + " on_failure: does not remove _tmp");
        }
        for (PipelineProcessors.Processor processor : handler) {
            if (processor.type().equals("remove") && touchesEventOriginal(processor.config().get("field"))) {
                violations.add(id + " " + processor.location() + " remove: drops event.original");
            }
        }
    }

    private static void checkTmpRemovedAtEnd(String id, Map<String, Object> body, List<String> violations) {
        List<?> processors = (List<?>) body.getOrDefault("processors", List.of());
        List<PipelineProcessors.Processor> top = PipelineProcessors.of(Map.of("processors", processors)).stream()
                .filter(p -> p.location().matches("processors\\[\\d+]")).toList();
        if (top.isEmpty() || !removesTmp(top.get(top.size() - 1))) {
            violations.add(id + " processors: an entry pipeline must end by removing _tmp (ignore_missing)");
        }
    }

    private static boolean removesTmp(PipelineProcessors.Processor processor) {
        return processor.type().equals("remove") && "_tmp".equals(processor.config().get("field"))
                && Boolean.TRUE.equals(processor.config().get("ignore_missing"))
                && !processor.config().containsKey("if");
    }

    private static boolean touchesEventOriginal(Object field) {
        List<?> fields = field instanceof List<?> list ? list : List.of(String.valueOf(field));
        return fields.stream().map(String::valueOf).anyMatch(f -> f.equals("event") || f.equals("event.original"));
    }
}
