package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts octet-counted frames, {@code MSG-LEN SP SYSLOG-MSG} (RFC 6587 §3.4.1, RFC 5425 §4.3), where MSG-LEN is a
 * decimal without leading zero. CR, LF and NUL between frames are skipped, because some senders add a newline after
 * each frame whether or not they count it.
 *
 * <p>Bounded: a frame declared longer than {@code maxMessageSize} is emitted with its first {@code maxMessageSize}
 * bytes, marked {@link FrameDefect#OVERSIZED}, and its remaining bytes are skipped as they arrive.
 *
 * <p>Lenient where the sender is wrong, but never silent: when a frame does not start with a valid length, the bytes
 * up to the next LF are emitted marked {@link FrameDefect#INVALID_OCTET_COUNT} and counting resumes after that LF. A
 * frame cut off by the connection's close is emitted marked {@link FrameDefect#TRUNCATED}.
 */
final class OctetCountingFrameDecoder extends ByteToMessageDecoder {

    /** Ten digits allow lengths up to about 10 GB, past any sensible limit, and keep the value in a long. */
    static final int MAX_LENGTH_DIGITS = 10;

    private enum State {
        /** Reading {@code MSG-LEN SP}. */
        LENGTH,
        /** Waiting for the {@code min(length, maxMessageSize)} bytes of the message. */
        BODY,
        /** Skipping the bytes of an oversized frame past {@code maxMessageSize}. */
        SKIP,
        /** Reading a frame without a valid length up to LF. */
        LINE,
        /** Skipping the rest of an oversized line without a valid length up to LF. */
        SKIP_LINE
    }

    private final int maxMessageSize;
    private State state = State.LENGTH;
    private long frameLength;
    private long toSkip;
    private int scanned;

    OctetCountingFrameDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        boolean progressed = true;
        while (progressed && in.isReadable()) {
            switch (state) {
                case LENGTH:
                    progressed = readLength(in);
                    break;
                case BODY:
                    progressed = readBody(in, out);
                    break;
                case SKIP:
                    progressed = skip(in);
                    break;
                case LINE:
                    progressed = readLine(in, out);
                    break;
                case SKIP_LINE:
                    progressed = skipLine(in);
                    break;
                default:
                    throw new IllegalStateException("unknown state " + state);
            }
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (in.isReadable()) {
            int start = in.readerIndex();
            int end = in.writerIndex();
            switch (state) {
                case LENGTH:
                    emit(in, start, end, RawFrame.UNKNOWN_LENGTH, out, FrameDefect.TRUNCATED);
                    break;
                case BODY:
                    emit(in, start, end, frameLength, out, FrameDefect.TRUNCATED);
                    break;
                case LINE:
                    emit(in, start, end, RawFrame.UNKNOWN_LENGTH, out, FrameDefect.INVALID_OCTET_COUNT);
                    break;
                default:
                    break;
            }
            in.skipBytes(in.readableBytes());
        }
    }

    private boolean readLength(ByteBuf in) {
        int start = RawFrame.contentStart(in, in.readerIndex(), in.writerIndex());
        in.readerIndex(start);
        long length = 0;
        int digits = 0;
        for (int i = start; i < in.writerIndex(); i++) {
            byte b = in.getByte(i);
            boolean digit = b >= '0' && b <= '9' && !(digits == 0 && b == '0');
            if (digit && digits < MAX_LENGTH_DIGITS) {
                length = length * 10 + (b - '0');
                digits++;
            } else if (b == ' ' && digits > 0) {
                frameLength = length;
                in.readerIndex(i + 1);
                state = State.BODY;
                return true;
            } else {
                state = State.LINE;
                scanned = 0;
                return true;
            }
        }
        return false;
    }

    private boolean readBody(ByteBuf in, List<Object> out) {
        int wanted = (int) Math.min(frameLength, maxMessageSize);
        if (in.readableBytes() < wanted) {
            return false;
        }
        int start = in.readerIndex();
        if (frameLength > maxMessageSize) {
            emit(in, start, start + wanted, frameLength, out, FrameDefect.OVERSIZED);
            toSkip = frameLength - wanted;
            state = State.SKIP;
        } else {
            emit(in, start, start + wanted, frameLength, out);
            state = State.LENGTH;
        }
        in.skipBytes(wanted);
        return true;
    }

    private boolean skip(ByteBuf in) {
        int skipped = (int) Math.min(in.readableBytes(), toSkip);
        in.skipBytes(skipped);
        toSkip -= skipped;
        if (toSkip == 0) {
            state = State.LENGTH;
        }
        return true;
    }

    private boolean readLine(ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        int found = in.indexOf(start + scanned, in.writerIndex(), (byte) '\n');
        if (found >= 0) {
            emit(in, start, found, found - start, out, FrameDefect.INVALID_OCTET_COUNT);
            in.readerIndex(found + 1);
            scanned = 0;
            state = State.LENGTH;
            return true;
        }
        if (in.readableBytes() > maxMessageSize + 1) {
            emit(in, start, start + maxMessageSize, RawFrame.UNKNOWN_LENGTH, out,
                    FrameDefect.INVALID_OCTET_COUNT, FrameDefect.OVERSIZED);
            in.skipBytes(in.readableBytes());
            scanned = 0;
            state = State.SKIP_LINE;
            return true;
        }
        scanned = in.readableBytes();
        return false;
    }

    private boolean skipLine(ByteBuf in) {
        int found = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        if (found < 0) {
            in.skipBytes(in.readableBytes());
            return false;
        }
        in.readerIndex(found + 1);
        state = State.LENGTH;
        return true;
    }

    /** Emits {@code in[from, to)} without surrounding CR/LF/NUL, marked OVERSIZED too when it is. */
    private void emit(ByteBuf in, int from, int to, long originalLength, List<Object> out, FrameDefect... defects) {
        int start = RawFrame.contentStart(in, from, to);
        int length = RawFrame.contentEnd(in, start, to) - start;
        if (length == 0) {
            return;
        }
        ByteBuf content = in.retainedSlice(start, Math.min(length, maxMessageSize));
        Set<FrameDefect> marks = defects.length == 0 ? EnumSet.noneOf(FrameDefect.class) : EnumSet.copyOf(List.of(defects));
        if (length > maxMessageSize) {
            marks.add(FrameDefect.OVERSIZED);
        }
        out.add(RawFrame.of(content, originalLength, marks, null));
    }
}
