package io.github.ecsbridge.ciscoesa;

/** Reads the message of one ESA log type into fields; implementations are immutable and shared by all threads. */
interface LogTypeParser {

    /** The log type whose rows of {@code enrichment.tsv} run after this parser. */
    String name();

    /**
     * Writes the fields of one message.
     *
     * @return the id of the message shape recognised, or {@code null} when the message has none of them (it then
     *         keeps only the common fields, never a failure)
     */
    String parse(String message, FieldWriter out);
}
