package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.ecs.EcsDocument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the mapper reads from a decoded document (the shape {@code MessageDecoder} and the {@code cefsyslog} input
 * write): the CEF header and {@code cef.extensions}, or, for syslog events without CEF, the RFC 5424 structured
 * data, APP-NAME, MSGID and MSG. Header parts are read at once, values only when the event turns out to be ours.
 */
final class SourceEvent {

    /** Pseudo key of the RFC 5424 APP-NAME of events without CEF. */
    static final String APP_NAME_KEY = "appname";
    /** Pseudo key of the MSG text of events without CEF (the full name of the CEF key {@code msg}). */
    static final String MESSAGE_KEY = "message";

    private final EcsDocument document;
    private final boolean cef;
    private final String vendor;
    private final String deviceProduct;
    private final String signature;
    private final String severity;
    private final Map<String, Object> structuredData;

    private SourceEvent(EcsDocument document, boolean cef, String vendor, String deviceProduct, String signature,
            String severity, Map<String, Object> structuredData) {
        this.document = document;
        this.cef = cef;
        this.vendor = vendor;
        this.deviceProduct = deviceProduct;
        this.signature = signature;
        this.severity = severity;
        this.structuredData = structuredData;
    }

    /** The view of a document, or {@code null} when it holds neither CEF nor RFC 5424 parts. */
    @SuppressWarnings("unchecked")
    static SourceEvent of(EcsDocument document) {
        if (document.get("cef") instanceof Map) {
            Object severityText = document.get("cef.severity");
            Object severityNumber = document.get("event.severity");
            String severity = severityText instanceof String ? (String) severityText
                    : severityNumber instanceof Number ? severityNumber.toString() : null;
            return new SourceEvent(document, true, text(document.get("observer.vendor")),
                    text(document.get("observer.product")), text(document.get("event.code")), severity, null);
        }
        Object structuredData = document.get("log.syslog.structured_data");
        Object msgId = document.get("log.syslog.msgid");
        if (!(structuredData instanceof Map) && msgId == null) {
            return null;
        }
        return new SourceEvent(document, false, null, null, text(msgId), null,
                structuredData instanceof Map ? (Map<String, Object>) structuredData : null);
    }

    /** Whether the event is CEF (else RFC 5424 syslog). */
    boolean isCef() {
        return cef;
    }

    /** The CEF Device Vendor, or {@code null}. */
    String vendor() {
        return vendor;
    }

    /** The CEF Device Product, or {@code null}. */
    String deviceProduct() {
        return deviceProduct;
    }

    /** The CEF event class id or the RFC 5424 MSGID, as read before the product is known; may be {@code null}. */
    String signature() {
        return signature;
    }

    /** The event class for the tables: the CEF class id, else the {@code classKey} parameter, else the MSGID. */
    String signature(String classKey) {
        if (!cef && classKey != null) {
            Object value = parameters().get(classKey);
            if (value != null && !text(value).isEmpty()) {
                return text(value);
            }
        }
        return signature == null ? "" : signature;
    }

    /** The CEF severity: the header text, or the number the CEF decoder made of it; {@code null} without one. */
    String severity() {
        return severity;
    }

    /** RFC 5424 structured data by SD-ID, or {@code null}. */
    Map<String, Object> structuredData() {
        return structuredData;
    }

    /**
     * The values to map: CEF extensions by full key name, or the structured-data parameters of every element plus
     * the pseudo keys {@value #APP_NAME_KEY} and {@value #MESSAGE_KEY}.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> values() {
        if (cef) {
            Object extensions = document.get("cef.extensions");
            return extensions instanceof Map ? (Map<String, Object>) extensions : Collections.emptyMap();
        }
        Map<String, Object> values = new LinkedHashMap<>(parameters());
        Object appName = document.get("log.syslog.appname");
        if (appName != null) {
            values.putIfAbsent(APP_NAME_KEY, appName);
        }
        Object message = document.get("message");
        if (message != null) {
            values.putIfAbsent(MESSAGE_KEY, message);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parameters() {
        if (structuredData == null) {
            return Collections.emptyMap();
        }
        if (structuredData.size() == 1) {
            Object only = structuredData.values().iterator().next();
            return only instanceof Map ? (Map<String, Object>) only : Collections.emptyMap();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Object element : structuredData.values()) {
            if (element instanceof Map) {
                ((Map<String, Object>) element).forEach(parameters::putIfAbsent);
            }
        }
        return parameters;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
