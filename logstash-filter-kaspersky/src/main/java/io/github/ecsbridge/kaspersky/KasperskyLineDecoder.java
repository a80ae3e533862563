package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefMessage;
import io.github.ecsbridge.cef.CefScanner;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes a raw syslog or CEF line, as other inputs deliver it in {@code message}, and maps it when it is a
 * Kaspersky event. A line that claims to be Kaspersky CEF but cannot be decoded is reported as a failure; any
 * other line is not ours. Immutable and thread-safe.
 */
public final class KasperskyLineDecoder {

    /** The result of one line. */
    public enum Status {
        /** Not a Kaspersky event: leave the event as it is. */
        NOT_KASPERSKY,
        /** Decoded and mapped: {@link Result#document()} is the whole event. */
        MAPPED,
        /** A Kaspersky line that could not be decoded: {@link Result#failure()} says why. */
        FAILED
    }

    /**
     * What became of a line.
     *
     * @param status   see {@link Status}
     * @param document the decoded and mapped event when {@link Status#MAPPED}, else {@code null}
     * @param product  the product code, or {@code null} when not ours
     * @param failure  why a Kaspersky line could not be decoded, or {@code null}
     */
    public record Result(Status status, Map<String, Object> document, String product, String failure) {

        static final Result NOT_KASPERSKY = new Result(Status.NOT_KASPERSKY, null, null, null);
    }

    private final KasperskyMapper mapper;
    private final MessageDecoder decoder;
    private final MessageDecoder legacyDecoder;

    /**
     * @param options how lines are decoded; its ECS mode must be the mapper's
     * @param mapper  the mapper applied to decoded lines
     */
    public KasperskyLineDecoder(DecoderOptions options, KasperskyMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        if (options.ecsCompatibility().isEcs() != mapper.mode().isEcs()) {
            throw new IllegalArgumentException("[ecs_compatibility] of the decoder and the mapper differ");
        }
        if (options.ecsCompatibility().isEcs()) {
            this.decoder = new MessageDecoder(options);
            this.legacyDecoder = null;
        } else {
            // The mapper reads the ECS shape; the event gets the legacy one plus the vendor fields.
            this.decoder = new MessageDecoder(options.toBuilder().ecsCompatibility(EcsCompatibility.V8).build());
            this.legacyDecoder = new MessageDecoder(options);
        }
    }

    /**
     * Decodes and maps a line.
     *
     * @param receiptTime the event's time so far, kept when the line carries none; {@code null} for the clock's
     */
    public Result decode(String line, Instant receiptTime) {
        EcsDocument document = new EcsDocument();
        if (receiptTime != null) {
            document.put("@timestamp", io.github.ecsbridge.cef.CefTimestamps.format(receiptTime));
        }
        decoder.decodeInto(line, document);
        if (hasTag(document.get("tags"), MessageDecoder.FAILURE_TAG)) {
            return failure(line, document);
        }
        MappingOutcome outcome = mapper.map(document);
        if (!outcome.mapped()) {
            return Result.NOT_KASPERSKY;
        }
        if (legacyDecoder == null) {
            return new Result(Status.MAPPED, document.toMap(), outcome.product(), null);
        }
        EcsDocument legacy = new EcsDocument();
        if (receiptTime != null) {
            legacy.put("@timestamp", io.github.ecsbridge.cef.CefTimestamps.format(receiptTime));
        }
        legacyDecoder.decodeInto(line, legacy);
        legacy.put(mapper.vendorRoot(), document.get(mapper.vendorRoot()));
        for (String field : KasperskyMapper.DATASET_FIELDS) {
            legacy.put(field, document.get(field));
        }
        Object problems = document.get("error.message");
        legacy.put("error.message", problems);
        return new Result(Status.MAPPED, legacy.toMap(), outcome.product(), null);
    }

    /** A line that claimed CEF and did not scan: ours when the header read so far names a Kaspersky product. */
    private Result failure(String line, EcsDocument document) {
        CefMessage partial = CefScanner.scan(line);
        String product = mapper.productOf(partial.deviceVendor().trim(), partial.deviceProduct().trim(),
                partial.deviceEventClassId().trim());
        if (product == null) {
            return Result.NOT_KASPERSKY;
        }
        Object reason = document.get("error.message");
        if (reason instanceof List<?> list && !list.isEmpty()) {
            reason = list.get(list.size() - 1);
        }
        return new Result(Status.FAILED, null, product, reason == null ? partial.error() : reason.toString());
    }

    private static boolean hasTag(Object tags, String tag) {
        return tags instanceof List<?> list ? list.contains(tag) : tag.equals(tags);
    }
}
