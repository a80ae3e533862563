package io.github.ecsbridge.decoder;

import io.github.ecsbridge.cef.CefEcsMapper;
import io.github.ecsbridge.cef.CefMessage;
import io.github.ecsbridge.cef.CefScanner;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.ecs.EcsTimestamps;
import io.github.ecsbridge.syslog.SyslogEcsMapper;
import io.github.ecsbridge.syslog.SyslogMessage;
import io.github.ecsbridge.syslog.SyslogParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one received frame (a syslog line, bare CEF or bare text) into an event document. Immutable and thread-safe:
 * one instance serves every connection and worker.
 *
 * <h2>Event shape</h2>
 * <ul>
 *   <li>{@code message}: the MSG part of the syslog line (the whole frame without a header); a CEF {@code msg}
 *       replaces it, as in Logstash's CEF codec and Filebeat's {@code decode_cef}.</li>
 *   <li>{@code @timestamp}: the CEF {@code rt} (device receipt time) when present, else the syslog header time,
 *       else the receipt time from the clock. {@code rt} wins because it is the device's own record of the event,
 *       while the header time is often stamped by a relay; the Elastic CEF integration makes the same choice and
 *       reads the syslog timestamp only when {@code rt} is absent.</li>
 *   <li>Syslog header fields as written by {@link SyslogEcsMapper}; for CEF, everything {@link CefEcsMapper}
 *       writes. In legacy mode the header's {@code severity} wins over the CEF header's, as in Logstash.</li>
 *   <li>{@code event.original}: the frame as received, when {@link DecoderOptions#preserveOriginal()}.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * A payload that claims CEF ({@code CEF:} where the payload starts) but cannot be scanned keeps its
 * {@code message} and gets {@value #FAILURE_TAG} in {@code tags} and the reason in {@code error.message}. A
 * {@code CEF:} further into the text is tried too, but when it does not scan the line is plain text, as is every
 * line without {@code CEF:} (Cisco ESA text logs): neither gets a tag. Problems that cost no data (an invalid PRI, an
 * impossible timestamp, a malformed CEF value) are listed in {@code error.message} without a tag, as
 * {@code decode_cef} does. {@code error.message} is a string for one message and a list for several. Frame-level
 * problems found by the network input (invalid UTF-8, a truncated frame) are passed as failure reasons and tag the
 * event. Nothing ever throws.
 */
public final class MessageDecoder {

    /** The tag of events whose frame could not be decoded as sent. */
    public static final String FAILURE_TAG = "_cefparsefailure";
    /** Start of the message of an event that hit a bug in the decoder. */
    public static final String INTERNAL_ERROR = "internal error while decoding";

    private final DecoderOptions options;
    private final Clock clock;
    private final SyslogParser syslogParser;
    private final SyslogEcsMapper syslogMapper;
    private final CefEcsMapper cefMapper;

    public MessageDecoder(DecoderOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("[options] must not be null");
        }
        this.options = options;
        this.clock = options.clock();
        this.syslogParser = new SyslogParser(options.zone(), options.locale(), clock);
        this.syslogMapper = new SyslogEcsMapper(options.ecsCompatibility());
        this.cefMapper = new CefEcsMapper(options.zone(), options.locale(), clock, options.ecsCompatibility());
    }

    public DecoderOptions options() {
        return options;
    }

    /** Decodes a frame into a new document; a {@code null} frame reads as empty. */
    public Map<String, Object> decode(String frame) {
        return decode(frame, List.of());
    }

    /**
     * Decodes a frame into a new document and tags it with {@value #FAILURE_TAG} when {@code failureReasons} is not
     * empty; each reason ("invalid UTF-8 at byte 17") goes to {@code error.message}.
     */
    public Map<String, Object> decode(String frame, List<String> failureReasons) {
        EcsDocument document = new EcsDocument();
        decodeInto(frame, document, failureReasons);
        return document.toMap();
    }

    /** Decodes a raw line into an existing event, as a filter does with the {@code message} of another input. */
    public void decodeInto(String frame, EcsDocument target) {
        decodeInto(frame, target, List.of());
    }

    /** Decodes a raw line into an existing event, with failure reasons as in {@link #decode(String, List)}. */
    public void decodeInto(String frame, EcsDocument target, List<String> failureReasons) {
        String line = frame == null ? "" : frame;
        List<String> reasons = failureReasons == null ? List.of() : failureReasons;
        try {
            decodeLine(line, target, reasons);
        } catch (RuntimeException e) {
            // A bug here must cost one event, not the worker thread that called us.
            target.put("message", line);
            stampReceiptTime(target);
            List<String> errors = new ArrayList<>(reasons);
            errors.add(INTERNAL_ERROR + ": " + e);
            writeErrors(target, errors, true);
        }
    }

    private void decodeLine(String line, EcsDocument target, List<String> failureReasons) {
        SyslogMessage syslog = syslogParser.parse(line);
        List<String> errors = new ArrayList<>(failureReasons);
        errors.addAll(syslog.warnings());
        syslogMapper.mapMessage(syslog, target);
        boolean cefFailed = decodeCef(line, syslog, target, errors);
        syslogMapper.mapHeader(syslog, target);
        stampReceiptTime(target);
        if (options.preserveOriginal()) {
            target.put("event.original", line);
        }
        writeErrors(target, errors, cefFailed || !failureReasons.isEmpty());
    }

    /** Sets {@code @timestamp} to the clock's time unless the line gave one; the clock is read only then. */
    private void stampReceiptTime(EcsDocument target) {
        if (target.get("@timestamp") == null) {
            target.put("@timestamp", EcsTimestamps.format(clock.instant()));
        }
    }

    /** Scans and maps a CEF payload; returns whether the payload claimed CEF and failed. */
    private boolean decodeCef(String line, SyslogMessage syslog, EcsDocument target, List<String> errors) {
        String payload = syslog.payload();
        int marker = CefScanner.indexOfCef(payload);
        if (marker < 0) {
            return false;
        }
        // Scanning the line up to the payload's end makes the syslog header the CEF prefix (the codec's legacy
        // `syslog` field) and puts CEF positions in terms of the frame; unless the header itself holds a "CEF:".
        int markerInLine = syslog.payloadOffset() + marker;
        String text = CefScanner.indexOfCef(line) == markerInLine
                ? line.substring(0, syslog.payloadOffset() + payload.length())
                : payload;
        CefMessage cef = CefScanner.scan(text);
        if (cef.hasError()) {
            if (claimsCef(payload, marker)) {
                errors.add(cef.error());
                return true;
            }
            return false;
        }
        errors.addAll(cef.warnings());
        cefMapper.map(cef, target, errors);
        return false;
    }

    /** Whether {@code CEF:} starts the payload, spaces aside. */
    private static boolean claimsCef(String payload, int marker) {
        for (int i = 0; i < marker; i++) {
            if (payload.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void writeErrors(EcsDocument target, List<String> errors, boolean failed) {
        if (failed) {
            target.append("tags", FAILURE_TAG);
        }
        for (String error : errors) {
            if (target.get("error.message") == null) {
                target.put("error.message", error);
            } else {
                target.append("error.message", error);
            }
        }
    }
}
