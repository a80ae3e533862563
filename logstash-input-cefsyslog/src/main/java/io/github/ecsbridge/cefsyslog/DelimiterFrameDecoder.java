package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Cuts non-transparent frames (RFC 6587 §3.4.2): each message ends with one delimiter byte, LF or NUL. CR, LF and NUL
 * around a message are not part of it, so CRLF works in LF mode and empty frames are skipped.
 *
 * <p>Bounded: a message longer than {@code maxMessageSize} is emitted at that length marked
 * {@link FrameDefect#OVERSIZED}, and the rest of it is discarded as it arrives, up to the next delimiter. The
 * buffer never holds more than {@code maxMessageSize} plus one read.
 *
 * <p>At connection close, bytes after the last delimiter are emitted as a message with no defect: a sender's last
 * line often lacks its delimiter ({@code printf ... | nc}), and it cannot be told apart from a cut-off one.
 */
final class DelimiterFrameDecoder extends ByteToMessageDecoder {

    private final byte delimiter;
    private final int maxMessageSize;
    /** Discarding the tail of an oversized message until the next delimiter. */
    private boolean discarding;
    /** Bytes after the reader index already searched, so a slow sender's long message is scanned once. */
    private int scanned;

    DelimiterFrameDecoder(byte delimiter, int maxMessageSize) {
        this.delimiter = delimiter;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int start = in.readerIndex();
            int found = in.indexOf(start + scanned, in.writerIndex(), delimiter);
            if (found < 0) {
                awaitDelimiter(in, out);
                return;
            }
            scanned = 0;
            if (discarding) {
                discarding = false;
            } else {
                emit(in, start, found, out);
            }
            in.readerIndex(found + 1);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (in.isReadable() && !discarding) {
            emit(in, in.readerIndex(), in.writerIndex(), out);
        }
        in.skipBytes(in.readableBytes());
    }

    private void awaitDelimiter(ByteBuf in, List<Object> out) {
        if (discarding) {
            in.skipBytes(in.readableBytes());
            return;
        }
        in.readerIndex(RawFrame.contentStart(in, in.readerIndex(), in.writerIndex()));
        // One extra byte: a message of exactly maxMessageSize may be followed by the CR of its CRLF.
        if (in.readableBytes() > maxMessageSize + 1) {
            out.add(RawFrame.defective(in.retainedSlice(in.readerIndex(), maxMessageSize), RawFrame.UNKNOWN_LENGTH,
                    FrameDefect.OVERSIZED));
            in.skipBytes(in.readableBytes());
            discarding = true;
            scanned = 0;
        } else {
            scanned = in.readableBytes();
        }
    }

    private void emit(ByteBuf in, int from, int to, List<Object> out) {
        int start = RawFrame.contentStart(in, from, to);
        int length = RawFrame.contentEnd(in, start, to) - start;
        if (length == 0) {
            return;
        }
        if (length > maxMessageSize) {
            out.add(RawFrame.defective(in.retainedSlice(start, maxMessageSize), length, FrameDefect.OVERSIZED));
        } else {
            out.add(RawFrame.complete(in.retainedSlice(start, length)));
        }
    }
}
