package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link Event} with the semantics of {@code org.logstash.Event}, used where Logstash is not available.
 *
 * <p>Field references, value conversion ({@link EventValues}), the separate {@code @metadata} map, the
 * {@code tags} rules, timestamp handling and {@code sprintf} follow Logstash 8. Two differences, both
 * invisible to plugins that keep to the public API: values are held as plain Java types (Logstash holds Ruby
 * types, so {@link #getData()}, {@link #toMap()} and {@link #getUnconvertedField(String)} differ in type), and
 * {@link #overwrite(Event)}/{@link #append(Event)} copy the other event's data where Logstash shares it.
 */
public final class TestEvent implements Event {

    /** Tag added when an input map's {@code @timestamp} cannot be read. */
    public static final String TIMESTAMP_FAILURE_TAG = "_timestampparsefailure";
    /** Field that keeps an unreadable input {@code @timestamp}. */
    public static final String TIMESTAMP_FAILURE_FIELD = "_@timestamp";
    /** Tag added when an input map's {@code tags} is neither a string nor a list of strings. */
    public static final String TAGS_FAILURE_TAG = "_tagsparsefailure";
    /** Field that keeps invalid input {@code tags}, wrapped in a list. */
    public static final String TAGS_FAILURE_FIELD = "_tags";

    static final String TIMESTAMP = "@timestamp";
    private static final String METADATA = "@metadata";
    private static final String VERSION = "@version";
    private static final String TAGS = "tags";
    private static final FieldReference TAGS_FIELD = FieldReference.parse(TAGS);
    private static final Logger LOGGER = LogManager.getLogger(TestEvent.class);

    private Map<String, Object> data;
    private Map<String, Object> metadata;
    private boolean cancelled;

    /** An empty event stamped now. */
    public TestEvent() {
        this(Map.of());
    }

    /**
     * An event built from an input map, as Logstash builds one from what an input pushes.
     *
     * <p>Keys are top-level field names, not references; {@code @metadata} takes a map. Values are converted
     * like {@link #setField(String, Object)} values. {@code @version} defaults to {@code "1"}. {@code @timestamp}
     * may be absent (now), an ISO-8601 string, a {@link Timestamp} or any date type {@code setField} accepts;
     * anything unreadable tags the event {@value #TIMESTAMP_FAILURE_TAG} and keeps the value in
     * {@value #TIMESTAMP_FAILURE_FIELD}.
     *
     * @param fields the input map
     * @throws MissingConverterException if a value has a type events cannot hold
     */
    @SuppressWarnings("unchecked")
    public TestEvent(Map<String, ?> fields) {
        data = (Map<String, Object>) EventValues.convert(fields);
        data.putIfAbsent(VERSION, "1");
        Object providedMetadata = data.remove(METADATA);
        metadata = providedMetadata == null ? new LinkedHashMap<>() : (Map<String, Object>) providedMetadata;
        Object tags = data.get(TAGS);
        if (!isLegalTagValue(tags)) {
            List<Object> kept = new ArrayList<>(1);
            kept.add(tags);
            data.put(TAGS_FAILURE_FIELD, kept);
            data.put(TAGS, new ArrayList<>(List.of(TAGS_FAILURE_TAG)));
        }
        Object providedTimestamp = data.get(TIMESTAMP);
        Timestamp parsed = providedTimestamp == null ? Timestamp.now() : readTimestamp(providedTimestamp);
        data.put(TIMESTAMP, parsed == null ? Timestamp.now() : parsed);
        if (parsed == null) {
            tag(TIMESTAMP_FAILURE_TAG);
            setField(TIMESTAMP_FAILURE_FIELD, providedTimestamp);
        }
    }

    /** The live data map (plain Java values; {@code @metadata} is not in it). */
    @Override
    public Map<String, Object> getData() {
        return data;
    }

    /** The live metadata map. */
    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void uncancel() {
        cancelled = false;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public Instant getEventTimestamp() {
        Timestamp timestamp = timestamp();
        return timestamp == null ? null : Instant.ofEpochMilli(timestamp.toEpochMilli());
    }

    @Override
    public void setEventTimestamp(Instant timestamp) {
        Instant value = timestamp == null ? Instant.now() : timestamp;
        data.put(TIMESTAMP, new Timestamp(Instant.ofEpochMilli(value.toEpochMilli())));
    }

    /** A deep copy of the value; {@code @timestamp} and other dates come back as {@link Timestamp}. */
    @Override
    public Object getField(String reference) {
        return EventValues.copy(getUnconvertedField(reference));
    }

    /** The stored value itself, not a copy. */
    @Override
    public Object getUnconvertedField(String reference) {
        FieldReference field = FieldReference.parse(reference);
        return switch (field.scope()) {
            case METADATA_PARENT -> metadata;
            case METADATA_CHILD -> FieldAccess.get(metadata, field);
            case DATA -> FieldAccess.get(data, field);
        };
    }

    /**
     * Converts and stores a value.
     *
     * @throws MissingConverterException   if the value has a type events cannot hold
     * @throws InvalidTagsTypeException    if {@code tags} would not be a string or list of strings, or a
     *                                     reference reaches inside {@code tags}
     * @throws InvalidFieldSetException    if the path runs through a value that is neither map nor list
     * @throws FieldReference.IllegalSyntaxException if the reference is invalid
     */
    @Override
    @SuppressWarnings("unchecked")
    public void setField(String reference, Object value) {
        FieldReference field = FieldReference.parse(reference);
        boolean tagsField = field.scope() == FieldReference.Scope.DATA && field.path().isEmpty()
                && field.key().equals(TAGS);
        boolean insideTags = field.scope() == FieldReference.Scope.DATA && !field.path().isEmpty()
                && field.path().get(0).equals(TAGS);
        if ((tagsField && !isLegalTagValue(value)) || insideTags) {
            throw new InvalidTagsTypeException(field, value);
        }
        switch (field.scope()) {
            case METADATA_PARENT -> metadata = (Map<String, Object>) EventValues.convert(
                    Objects.requireNonNull((Map<String, Object>) value, "@metadata can only be set to a map"));
            case METADATA_CHILD -> FieldAccess.set(metadata, field, EventValues.convert(value));
            case DATA -> FieldAccess.set(data, field, EventValues.convert(value));
        }
    }

    @Override
    public boolean includes(String reference) {
        FieldReference field = FieldReference.parse(reference);
        return switch (field.scope()) {
            case METADATA_PARENT -> true;
            case METADATA_CHILD -> FieldAccess.includes(metadata, field);
            case DATA -> FieldAccess.includes(data, field);
        };
    }

    /** A deep copy of the data map, without {@code @metadata}. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return (Map<String, Object>) EventValues.copy(data);
    }

    /**
     * Takes over the other event's data (a copy), cancelled flag and timestamp. As in Logstash, an event of
     * another class is returned unchanged and this event is left as it was.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Event overwrite(Event event) {
        if (!(event instanceof TestEvent other)) {
            return event;
        }
        data = (Map<String, Object>) EventValues.copy(other.data);
        cancelled = other.cancelled;
        Timestamp timestamp = other.timestamp();
        data.put(TIMESTAMP, timestamp == null ? Timestamp.now() : timestamp);
        return this;
    }

    /** Merges a copy of the other event's data into this one; an event of another class is returned unchanged. */
    @Override
    @SuppressWarnings("unchecked")
    public Event append(Event event) {
        if (!(event instanceof TestEvent other)) {
            return event;
        }
        EventDataMerge.merge(data, (Map<String, Object>) EventValues.copy(other.data));
        return this;
    }

    /** Removes and returns a value; removing {@code @metadata} empties it and returns the old content. */
    @Override
    public Object remove(String reference) {
        FieldReference field = FieldReference.parse(reference);
        switch (field.scope()) {
            case METADATA_PARENT -> {
                Map<String, Object> old = metadata;
                metadata = new LinkedHashMap<>();
                return old;
            }
            case METADATA_CHILD -> {
                return FieldAccess.remove(metadata, field);
            }
            default -> {
                return FieldAccess.remove(data, field);
            }
        }
    }

    /** Expands the template as described in {@link SprintfTemplate}. */
    @Override
    public String sprintf(String template) {
        return SprintfTemplate.render(this, template);
    }

    /** A deep copy of data and metadata; like Logstash's, the copy is not cancelled. */
    @Override
    @SuppressWarnings("unchecked")
    public TestEvent clone() {
        Map<String, Object> copy = (Map<String, Object>) EventValues.copy(data);
        copy.put(METADATA, EventValues.copy(metadata));
        return new TestEvent(copy);
    }

    /** {@code <timestamp> <host> <message>}, with {@code %{host}}/{@code %{message}} for missing fields. */
    @Override
    public String toString() {
        Object host = getField("host");
        Object message = getField("message");
        String hostAndMessage = (host != null ? host.toString() : "%{host}") + " "
                + (message != null ? message.toString() : "%{message}");
        Timestamp timestamp = timestamp();
        return timestamp != null ? timestamp + " " + hostAndMessage : hostAndMessage;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void tag(String tag) {
        Object tags = FieldAccess.get(data, TAGS_FIELD);
        if (tags == null) {
            data.put(TAGS, new ArrayList<>(List.of(tag)));
        } else if (tags instanceof List<?> list) {
            if (!list.contains(tag)) {
                ((List<Object>) list).add(tag);
            }
        } else if (!tags.equals(tag)) {
            // A single string tag only becomes a list once a different tag joins it.
            List<Object> list = new ArrayList<>(2);
            list.add((String) tags);
            list.add(tag);
            data.put(TAGS, list);
        }
    }

    /**
     * The stored {@code @timestamp}.
     *
     * @return the timestamp, or {@code null} if it was removed
     * @throws ClassCastException if {@code @timestamp} was overwritten with a non-timestamp, as in Logstash
     */
    Timestamp timestamp() {
        return (Timestamp) data.get(TIMESTAMP);
    }

    private static boolean isLegalTagValue(Object value) {
        if (value == null || value instanceof String) {
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Timestamp readTimestamp(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp;
        }
        if (value instanceof String text) {
            try {
                return Timestamp.parse(text);
            } catch (IllegalArgumentException e) {
                LOGGER.warn("Error parsing {} string value={}", TIMESTAMP, text);
                return null;
            }
        }
        LOGGER.warn("Unrecognized {} value type={}", TIMESTAMP, value.getClass());
        return null;
    }
}
