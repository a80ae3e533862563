package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Chooses a connection's framing from its first bytes, then replaces itself with that framer, which receives the
 * bytes read so far.
 *
 * <ul>
 *   <li>Octet counting when the first message starts with {@code MSG-LEN SP}: a non-zero digit, at most
 *       {@value OctetCountingFrameDecoder#MAX_LENGTH_DIGITS} digits, then a space (RFC 6587 §3.4: a receiver tells
 *       the framings apart by the first character, a digit or {@code <}). A message without PRI that starts with a
 *       date ({@code 2024-07-04T...}) has no space after its digits and stays delimited.</li>
 *   <li>Otherwise a delimiter: whichever of LF and NUL comes first. A NUL-framed sender whose first message holds an
 *       LF is mistaken for LF framing; set {@code framing => nul} for such senders.</li>
 * </ul>
 *
 * <p>Bounded like the framers: with no delimiter within {@code maxMessageSize} bytes it picks LF, whose framer then
 * cuts the oversized message. If the connection closes first, the bytes go to an LF framer, which emits them.
 */
final class FramingDetector extends ByteToMessageDecoder {

    private final int maxMessageSize;

    FramingDetector(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // Line breaks and NULs before the first message are empty frames in every framing: dropping them now keeps
        // a peer that sends nothing else from growing this buffer and making each read rescan it.
        in.readerIndex(RawFrame.contentStart(in, in.readerIndex(), in.writerIndex()));
        Framing framing = detect(in);
        if (framing != null) {
            ctx.pipeline().replace(this, ctx.name(), framing.newFramer(maxMessageSize));
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable() && !ctx.isRemoved()) {
            ctx.pipeline().replace(this, ctx.name(), Framing.LF.newFramer(maxMessageSize));
        }
    }

    /** Returns the framing the buffered bytes show, or {@code null} while they do not tell yet. */
    Framing detect(ByteBuf in) {
        int start = RawFrame.contentStart(in, in.readerIndex(), in.writerIndex());
        int end = in.writerIndex();
        if (start == end) {
            return null;
        }
        Boolean counted = startsWithLength(in, start, end);
        if (counted == null) {
            return null;
        }
        if (counted) {
            return Framing.OCTET_COUNTING;
        }
        int lf = in.indexOf(start, end, (byte) '\n');
        int nul = in.indexOf(start, end, (byte) 0);
        if (lf < 0 && nul < 0) {
            return end - start > maxMessageSize + 1 ? Framing.LF : null;
        }
        return nul < 0 || (lf >= 0 && lf < nul) ? Framing.LF : Framing.NUL;
    }

    /** True for {@code MSG-LEN SP}, false for anything else, null when more bytes are needed to tell. */
    private static Boolean startsWithLength(ByteBuf in, int start, int end) {
        byte first = in.getByte(start);
        if (first < '1' || first > '9') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            byte b = in.getByte(i);
            if (b == ' ') {
                return true;
            }
            if (b < '0' || b > '9' || i - start >= OctetCountingFrameDecoder.MAX_LENGTH_DIGITS) {
                return false;
            }
        }
        return null;
    }
}
