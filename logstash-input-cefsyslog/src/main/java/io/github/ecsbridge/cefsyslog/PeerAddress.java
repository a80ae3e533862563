package io.github.ecsbridge.cefsyslog;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The sender of a frame, formatted once per connection: {@code ip} for the legacy {@code host} field and
 * {@code ip:port} ({@code [ip]:port} for IPv6, RFC 5952 text) for ECS {@code log.source.address}, as Filebeat and
 * Elastic Agent write it.
 */
final class PeerAddress {

    static final PeerAddress UNKNOWN = new PeerAddress(null, null);

    private final String ip;
    private final String address;

    private PeerAddress(String ip, String address) {
        this.ip = ip;
        this.address = address;
    }

    static PeerAddress of(SocketAddress socketAddress) {
        if (!(socketAddress instanceof InetSocketAddress)) {
            return UNKNOWN;
        }
        InetSocketAddress inet = (InetSocketAddress) socketAddress;
        InetAddress host = inet.getAddress();
        if (host == null) {
            return UNKNOWN;
        }
        String ip = NetUtil.toAddressString(host);
        String hostPart = ip.indexOf(':') >= 0 ? '[' + ip + ']' : ip;
        return new PeerAddress(ip, hostPart + ':' + inet.getPort());
    }

    /** The IP address text, or {@code null} when unknown. */
    String ip() {
        return ip;
    }

    /** {@code ip:port}, or {@code null} when unknown. */
    String address() {
        return address;
    }

    @Override
    public String toString() {
        return address == null ? "unknown" : address;
    }
}
