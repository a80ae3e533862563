package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import org.apache.logging.log4j.Logger;

import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that sent nothing for {@code idle_timeout} seconds, unless its reads are paused by
 * back-pressure: then the silence is ours, not the sender's.
 */
final class IdleConnectionCloser extends IdleStateHandler {

    private final Logger logger;

    IdleConnectionCloser(long idleTimeoutSeconds, Logger logger) {
        super(idleTimeoutSeconds, 0, 0, TimeUnit.SECONDS);
        this.logger = logger;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (ctx.channel().config().isAutoRead()) {
            logger.debug("[cefsyslog] closing idle connection from {}", PeerAddress.of(ctx.channel().remoteAddress()));
            ctx.close();
        }
    }
}
