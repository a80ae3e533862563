package io.github.ecsbridge.testkit;

/** Thrown when a field is set below a value that is neither a map nor a list; the message is Logstash's. */
public final class InvalidFieldSetException extends RuntimeException {

    InvalidFieldSetException(Object target, String key, Object value) {
        // The missing spaces between the sentences are in Logstash's message too.
        super(String.format("Could not set field '%s' on object '%s' to value '%s'."
                + "This is probably due to trying to set a field like [foo][bar] = someValue"
                + "when [foo] is not either a map or a string", key, target, value));
    }
}
