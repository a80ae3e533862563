package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the event of one frame: the {@link MessageDecoder} document, frame defects passed as failure reasons, and
 * the sender. The sender goes where the usual shippers put it, so the same line gives the same document whichever
 * path it takes: {@code log.source.address} = {@code "ip:port"} in ECS mode, as Filebeat's and Elastic Agent's
 * tcp/udp/syslog inputs write it (the ingest pipelines see that), and {@code host} = ip in legacy mode, as Logstash's
 * syslog input writes it. The frame text also goes to {@value #ORIGINAL_METADATA_FIELD}, whatever
 * {@code preserve_original} says: filters that reparse the frame ({@code cisco_esa} for CEF records, whose
 * {@code message} became the CEF {@code msg}) find it there, and {@code @metadata} is never indexed. Thread-safe.
 */
final class SyslogEventBuilder {

    static final String ECS_SENDER_FIELD = "log.source.address";
    static final String LEGACY_SENDER_FIELD = "host";
    /** Dotted name of the frame text in the event map, which Logstash turns into its {@code @metadata}. */
    static final String ORIGINAL_METADATA_FIELD = "@metadata.cefsyslog.original";

    private final MessageDecoder decoder;
    private final boolean ecs;
    private final int maxMessageSize;
    private final InputMetrics metrics;

    SyslogEventBuilder(MessageDecoder decoder, EcsCompatibility ecsCompatibility, int maxMessageSize,
                       InputMetrics metrics) {
        this.decoder = decoder;
        this.ecs = ecsCompatibility.isEcs();
        this.maxMessageSize = maxMessageSize;
        this.metrics = metrics;
    }

    Map<String, Object> build(ReceivedFrame frame) {
        List<String> reasons = List.of();
        if (!frame.defects().isEmpty()) {
            reasons = new ArrayList<>(frame.defects().size());
            for (FrameDefect defect : frame.defects()) {
                reasons.add(defect.reason(frame, maxMessageSize));
            }
            metrics.frameDefects(frame.defects());
        }
        Map<String, Object> event = decoder.decode(frame.text(), reasons);
        if (isTagged(event)) {
            metrics.parseFailure();
        }
        EcsDocument document = new EcsDocument(event);
        PeerAddress peer = frame.peer();
        if (ecs) {
            document.put(ECS_SENDER_FIELD, peer.address());
        } else if (peer.ip() != null) {
            event.put(LEGACY_SENDER_FIELD, peer.ip());
        }
        // The string the decoder read, so the same one event.original would hold: only a reference is added.
        document.put(ORIGINAL_METADATA_FIELD, frame.text());
        return event;
    }

    /** The events of a batch, in frame order. */
    List<Map<String, Object>> buildAll(List<ReceivedFrame> frames) {
        List<Map<String, Object>> events = new ArrayList<>(frames.size());
        for (ReceivedFrame frame : frames) {
            events.add(build(frame));
        }
        return events;
    }

    private static boolean isTagged(Map<String, Object> event) {
        Object tags = event.get("tags");
        return tags instanceof List && ((List<?>) tags).contains(MessageDecoder.FAILURE_TAG);
    }
}
