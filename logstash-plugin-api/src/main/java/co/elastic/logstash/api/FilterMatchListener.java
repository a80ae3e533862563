package co.elastic.logstash.api;

/** Callback a filter invokes for each event it considers matched. */
public interface FilterMatchListener {

    /**
     * Marks the event as matched, so the common add/remove field and tag options are applied to it.
     *
     * @param event the matched event
     */
    void filterMatched(Event event);
}
