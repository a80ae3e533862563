package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandler;

import java.util.Locale;

/** The {@code framing} option: how a TCP or TLS byte stream is cut into syslog messages. */
public enum Framing {
    /** Decided per connection from its first bytes by {@link FramingDetector}. */
    AUTO,
    /** {@code MSG-LEN SP MSG} (RFC 6587 §3.4.1, RFC 5425). */
    OCTET_COUNTING,
    /** Each message ends with LF; a CR before it is dropped, so CRLF works too. */
    LF,
    /** Each message ends with NUL, which lets messages hold LF. */
    NUL;

    /** The option value as users write it. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A new framer for one connection: framers hold per-connection state and are never shared. */
    ChannelHandler newFramer(int maxMessageSize) {
        switch (this) {
            case AUTO:
                return new FramingDetector(maxMessageSize);
            case OCTET_COUNTING:
                return new OctetCountingFrameDecoder(maxMessageSize);
            case LF:
                return new DelimiterFrameDecoder((byte) '\n', maxMessageSize);
            case NUL:
                return new DelimiterFrameDecoder((byte) 0, maxMessageSize);
            default:
                throw new IllegalStateException("unknown framing " + this);
        }
    }
}
