package io.github.ecsbridge.testkit;

/** Thrown when a value of a type Logstash events cannot hold is set on an event; the message is Logstash's. */
public final class MissingConverterException extends RuntimeException {

    MissingConverterException(Class<?> type) {
        super(String.format("Missing Converter handling for full class name=%s, simple name=%s",
                type.getName(), type.getSimpleName()));
    }
}
