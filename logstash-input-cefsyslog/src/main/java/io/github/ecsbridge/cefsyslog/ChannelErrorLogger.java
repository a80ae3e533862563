package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import org.apache.logging.log4j.Logger;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.SocketException;

/**
 * The last handler of every pipeline: logs what went wrong on a channel once, then closes the connection. A peer
 * resetting its connection is routine and gets one debug line. A failed TLS handshake (wrong protocol, unknown client
 * certificate, timeout) is the client's problem and gets one info line without stack trace. Anything else is a
 * warning with the addresses and the stack trace. No line holds bytes the peer sent.
 */
@ChannelHandler.Sharable
final class ChannelErrorLogger extends ChannelInboundHandlerAdapter {

    /** Logged instead of the message of Netty's {@link NotSslRecordException}. */
    static final String NOT_TLS_REASON = "not a TLS record; is the sender using plain TCP?";

    private final Logger logger;

    ChannelErrorLogger(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent && !((SslHandshakeCompletionEvent) evt).isSuccess()) {
            // Every handshake failure ends here, timeouts included, which raise no exception.
            Throwable cause = ((SslHandshakeCompletionEvent) evt).cause();
            logger.info("{} TLS handshake failed: {}", where(ctx), reason(cause));
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof SSLException) {
            if (handshakeSucceeded(ctx)) {
                logger.info("{} TLS failed: {}", where(ctx), reason(root));
            }
        } else if (isPeerReset(root)) {
            logger.debug("{} connection reset by peer: {}", where(ctx), root.getMessage());
        } else {
            logger.warn("{} closing the connection after an unexpected error", where(ctx), cause);
        }
        // The UDP socket is the listener itself: closing it would end the input for every sender.
        if (!(ctx.channel() instanceof DatagramChannel)) {
            ctx.close();
        }
    }

    /**
     * The message of a TLS failure. Netty's {@link NotSslRecordException} carries a hex dump of every byte read so
     * far, which for a plain-text sender on the TLS port is its syslog messages, up to a whole read: logging it would
     * put event payloads in Logstash's log at info level.
     */
    private static String reason(Throwable cause) {
        return cause instanceof NotSslRecordException ? NOT_TLS_REASON : cause.getMessage();
    }

    private static boolean handshakeSucceeded(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        return ssl != null && ssl.handshakeFuture().isSuccess();
    }

    private static String where(ChannelHandlerContext ctx) {
        return "[cefsyslog] [local: " + PeerAddress.of(ctx.channel().localAddress()) + ", remote: "
                + PeerAddress.of(ctx.channel().remoteAddress()) + "]";
    }

    private static boolean isPeerReset(Throwable cause) {
        if (!(cause instanceof IOException)) {
            return false;
        }
        String message = cause.getMessage();
        return cause instanceof SocketException || message != null
                && (message.contains("reset") || message.contains("Broken pipe"));
    }
}
