package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;

/**
 * One event written to a {@link RecordingDeadLetterQueueWriter}.
 *
 * @param event      a copy of the event as it was when written
 * @param pluginName the writing plugin's {@code getName()}
 * @param pluginId   the writing plugin's {@code getId()}
 * @param reason     the reason given
 */
public record DeadLetterEntry(Event event, String pluginName, String pluginId, String reason) {
}
