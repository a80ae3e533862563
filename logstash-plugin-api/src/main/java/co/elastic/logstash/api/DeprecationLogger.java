package co.elastic.logstash.api;

/** Logs uses of deprecated plugin features to Logstash's deprecation log. */
public interface DeprecationLogger {

    /**
     * Logs a deprecation message.
     *
     * @param message the message, with log4j-style {@code {}} placeholders
     * @param params  the placeholder values
     */
    void deprecated(String message, Object... params);
}
