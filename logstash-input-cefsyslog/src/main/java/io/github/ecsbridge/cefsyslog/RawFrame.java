package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Set;

/** The bytes of one syslog message as cut by a framer, before charset decoding. Owns a reference to its content. */
final class RawFrame extends DefaultByteBufHolder {

    /** Length not known, as for a delimited frame cut at {@code max_message_size} before its delimiter arrived. */
    static final long UNKNOWN_LENGTH = -1;

    private final Set<FrameDefect> defects;
    private final long originalLength;
    private final InetSocketAddress sender;

    private RawFrame(ByteBuf content, long originalLength, Set<FrameDefect> defects, InetSocketAddress sender) {
        super(content);
        this.defects = defects;
        this.originalLength = originalLength;
        this.sender = sender;
    }

    /** A frame as received, with nothing wrong. */
    static RawFrame complete(ByteBuf content) {
        return new RawFrame(content, content.readableBytes(), Set.of(), null);
    }

    /** A frame with at least one defect. */
    static RawFrame defective(ByteBuf content, long originalLength, FrameDefect first, FrameDefect... more) {
        return new RawFrame(content, originalLength, EnumSet.of(first, more), null);
    }

    /**
     * Any frame; {@code sender} is set for datagrams only, where it differs per frame. An empty {@code defects} set is
     * replaced by the shared empty set.
     */
    static RawFrame of(ByteBuf content, long originalLength, Set<FrameDefect> defects, InetSocketAddress sender) {
        return new RawFrame(content, originalLength, defects.isEmpty() ? Set.of() : defects, sender);
    }

    Set<FrameDefect> defects() {
        return defects;
    }

    /** The length the sender meant (declared count, datagram size, delimited length), or {@link #UNKNOWN_LENGTH}. */
    long originalLength() {
        return originalLength;
    }

    /** The datagram's sender; {@code null} on a connection, where the channel's remote address applies. */
    InetSocketAddress sender() {
        return sender;
    }

    /**
     * Returns the index just past the message in {@code buf[from, to)}, leaving out trailing CR, LF and NUL: no
     * syslog message ends with them, and senders add them around octet-counted frames and datagrams.
     */
    static int contentEnd(ByteBuf buf, int from, int to) {
        int end = to;
        while (end > from && isTerminator(buf.getByte(end - 1))) {
            end--;
        }
        return end;
    }

    /** Returns the index of the first byte in {@code buf[from, to)} that is not CR, LF or NUL. */
    static int contentStart(ByteBuf buf, int from, int to) {
        int start = from;
        while (start < to && isTerminator(buf.getByte(start))) {
            start++;
        }
        return start;
    }

    private static boolean isTerminator(byte b) {
        return b == '\n' || b == '\r' || b == 0;
    }

    @Override
    public String toString() {
        return "RawFrame(" + content().readableBytes() + " bytes, defects=" + defects + ')';
    }
}
