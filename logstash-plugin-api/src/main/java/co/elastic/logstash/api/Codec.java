package co.elastic.logstash.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Consumer;

/** A plugin that turns bytes into events and events into bytes. */
public interface Codec extends Plugin {

    /**
     * Decodes the complete events contained in the buffer, leaving any partial event unread.
     *
     * @param buffer        the bytes to decode
     * @param eventConsumer receives one map per decoded event
     */
    void decode(ByteBuffer buffer, Consumer<Map<String, Object>> eventConsumer);

    /**
     * Decodes whatever remains in the buffer when no more input will arrive.
     *
     * @param buffer        the remaining bytes
     * @param eventConsumer receives one map per decoded event
     */
    void flush(ByteBuffer buffer, Consumer<Map<String, Object>> eventConsumer);

    /**
     * Encodes one event.
     *
     * @param event  the event
     * @param output where the encoded bytes go
     * @throws IOException if writing fails
     */
    void encode(Event event, OutputStream output) throws IOException;

    /**
     * A fresh copy of this codec with the same configuration and no buffered state.
     *
     * @return the copy
     */
    Codec cloneCodec();
}
