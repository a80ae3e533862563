package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link RawFrame} into a {@link ReceivedFrame}: UTF-8 text, with invalid sequences replaced by U+FFFD and
 * the frame marked {@link FrameDefect#INVALID_UTF8}, and the sender's address. Runs on the event loop, so the pooled
 * buffer is released as soon as the message is read.
 */
final class FrameTextDecoder extends MessageToMessageDecoder<RawFrame> {

    private PeerAddress connectionPeer;
    private InetSocketAddress lastSender;
    private PeerAddress lastSenderPeer;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        // Read while the connection is surely open: a sender that writes and closes at once may have its only frame
        // decoded after the close, when the socket no longer reports its peer.
        connectionPeer = PeerAddress.of(ctx.channel().remoteAddress());
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, RawFrame frame, List<Object> out) {
        ByteBuf content = frame.content();
        String text = content.toString(StandardCharsets.UTF_8);
        Set<FrameDefect> defects = frame.defects();
        // U+FFFD in the text is the cheap hint; it may also have been sent as valid UTF-8, so check the bytes.
        if (text.indexOf('\uFFFD') >= 0 && !ByteBufUtil.isText(content, StandardCharsets.UTF_8)) {
            defects = defects.isEmpty() ? EnumSet.noneOf(FrameDefect.class) : EnumSet.copyOf(defects);
            defects.add(FrameDefect.INVALID_UTF8);
        }
        out.add(new ReceivedFrame(text, content.readableBytes(), defects, frame.originalLength(), peer(ctx, frame)));
    }

    private PeerAddress peer(ChannelHandlerContext ctx, RawFrame frame) {
        InetSocketAddress sender = frame.sender();
        if (sender == null) {
            return connectionPeer;
        }
        // Datagrams from one sender tend to come in runs; reuse its formatted address.
        if (!sender.equals(lastSender)) {
            lastSender = sender;
            lastSenderPeer = PeerAddress.of(sender);
        }
        return lastSenderPeer;
    }
}
