package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.DeprecationLogger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.ParameterizedMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DeprecationLogger} that logs at WARN to the {@code deprecation} logger and keeps every message. */
public final class RecordingDeprecationLogger implements DeprecationLogger {

    private static final Logger LOGGER = LogManager.getLogger("deprecation");

    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void deprecated(String message, Object... params) {
        String formatted = ParameterizedMessage.format(message, params);
        messages.add(formatted);
        LOGGER.warn(formatted);
    }

    /**
     * The messages logged so far, placeholders filled in.
     *
     * @return the messages in order
     */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
