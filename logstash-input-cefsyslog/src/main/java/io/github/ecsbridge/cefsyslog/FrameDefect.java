package io.github.ecsbridge.cefsyslog;

/**
 * What the network layer found wrong with a frame. The event is still emitted, tagged {@code _cefparsefailure}, with
 * {@link #reason} in {@code error.message}.
 */
enum FrameDefect {
    /** Longer than {@code max_message_size}: the event holds the first {@code max_message_size} bytes. */
    OVERSIZED,
    /** The connection closed before an octet-counted frame was complete. */
    TRUNCATED,
    /** An octet-counted stream held something other than {@code MSG-LEN SP}; the line was read up to LF. */
    INVALID_OCTET_COUNT,
    /** The bytes were not valid UTF-8; invalid sequences became U+FFFD. */
    INVALID_UTF8;

    static final String OVERSIZED_REASON = "message exceeds max_message_size (%d bytes), truncated";
    static final String OVERSIZED_KNOWN_REASON = "message of %d bytes exceeds max_message_size (%d bytes), truncated";
    static final String TRUNCATED_REASON = "connection closed after %d bytes of a frame";
    static final String TRUNCATED_KNOWN_REASON = "connection closed after %d of the %d bytes of a frame";
    static final String INVALID_OCTET_COUNT_REASON =
            "frame does not start with an octet count (MSG-LEN SP), read up to the next LF";
    static final String INVALID_UTF8_REASON = "message is not valid UTF-8, invalid bytes replaced with U+FFFD";

    /** The readable reason for {@code error.message}. */
    String reason(ReceivedFrame frame, int maxMessageSize) {
        long original = frame.originalLength();
        switch (this) {
            case OVERSIZED:
                return original > maxMessageSize
                        ? String.format(OVERSIZED_KNOWN_REASON, original, maxMessageSize)
                        : String.format(OVERSIZED_REASON, maxMessageSize);
            case TRUNCATED:
                return original > frame.size()
                        ? String.format(TRUNCATED_KNOWN_REASON, frame.size(), original)
                        : String.format(TRUNCATED_REASON, frame.size());
            case INVALID_OCTET_COUNT:
                return INVALID_OCTET_COUNT_REASON;
            case INVALID_UTF8:
                return INVALID_UTF8_REASON;
            default:
                throw new IllegalStateException("unknown defect " + this);
        }
    }
}
