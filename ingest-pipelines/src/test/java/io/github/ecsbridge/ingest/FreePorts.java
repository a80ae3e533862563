package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports that nothing listens on, for servers that cannot bind port 0 and report back. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port the system just handed out and released; another process could take it first, which is unlikely. */
    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
