package co.elastic.logstash.api;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** A Logstash event: data fields, a separate metadata map, a timestamp and a cancelled flag. */
public interface Event {

    /**
     * The live data map, with runtime-internal value types; use {@link #getField(String)} to read values.
     *
     * @return the data map
     */
    Map<String, Object> getData();

    /**
     * The live metadata map, with runtime-internal value types.
     *
     * @return the metadata map
     */
    Map<String, Object> getMetadata();

    /** Marks the event to be dropped after the current filter. */
    void cancel();

    /** Clears the cancelled mark. */
    void uncancel();

    /**
     * Whether the event is marked to be dropped.
     *
     * @return {@code true} if cancelled
     */
    boolean isCancelled();

    /**
     * The {@code @timestamp}, truncated to milliseconds.
     *
     * @return the timestamp, or {@code null} if the event has none
     */
    Instant getEventTimestamp();

    /**
     * Sets {@code @timestamp}, truncated to milliseconds.
     *
     * @param timestamp the new timestamp; {@code null} means now
     */
    void setEventTimestamp(Instant timestamp);

    /**
     * Reads a field by field reference and returns a deep copy of it in plain Java types.
     *
     * @param reference a field reference such as {@code message} or {@code [a][b]}
     * @return the value, or {@code null} if absent
     */
    Object getField(String reference);

    /**
     * Reads a field by field reference without converting it.
     *
     * @param reference a field reference
     * @return the runtime-internal value, or {@code null} if absent
     */
    Object getUnconvertedField(String reference);

    /**
     * Writes a field by field reference, creating intermediate maps.
     *
     * @param reference a field reference
     * @param value     the value; converted and deep-copied
     */
    void setField(String reference, Object value);

    /**
     * Whether the referenced field exists.
     *
     * @param field a field reference
     * @return {@code true} if present
     */
    boolean includes(String field);

    /**
     * A deep copy of the data map, with runtime-internal value types.
     *
     * @return the copy
     */
    Map<String, Object> toMap();

    /**
     * Replaces this event's data with the other event's data.
     *
     * @param event the source event
     * @return the resulting event
     */
    Event overwrite(Event event);

    /**
     * Merges the other event's data into this one.
     *
     * @param event the source event
     * @return the resulting event
     */
    Event append(Event event);

    /**
     * Removes a field by field reference.
     *
     * @param path a field reference
     * @return the removed value, or {@code null} if absent
     */
    Object remove(String path);

    /**
     * Expands {@code %{field}} and {@code %{+date-pattern}} references in a template.
     *
     * @param s the template
     * @return the expanded text
     * @throws IOException if a value cannot be rendered
     */
    String sprintf(String s) throws IOException;

    /**
     * A deep copy of this event, data and metadata included.
     *
     * @return the copy
     */
    Event clone();

    /**
     * The timestamp, {@code host} and {@code message} of the event.
     *
     * @return a short description
     */
    String toString();

    /**
     * Adds a tag to {@code tags} unless it is already there.
     *
     * @param tag the tag
     */
    void tag(String tag);
}
