package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes one {@link RawFrame} of each datagram (RFC 5426: one message per datagram), without the CR, LF and NUL some
 * senders put around it. A datagram over {@code maxMessageSize} is cut to that size and marked
 * {@link FrameDefect#OVERSIZED}; empty datagrams are skipped.
 */
final class DatagramFrameDecoder extends MessageToMessageDecoder<DatagramPacket> {

    private final int maxMessageSize;

    DatagramFrameDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        ByteBuf data = packet.content();
        int start = RawFrame.contentStart(data, data.readerIndex(), data.writerIndex());
        int length = RawFrame.contentEnd(data, start, data.writerIndex()) - start;
        if (length == 0) {
            return;
        }
        Set<FrameDefect> defects = length > maxMessageSize ? EnumSet.of(FrameDefect.OVERSIZED) : Set.of();
        ByteBuf content = data.retainedSlice(start, Math.min(length, maxMessageSize));
        out.add(RawFrame.of(content, length, defects, packet.sender()));
    }
}
