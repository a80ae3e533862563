package io.github.ecsbridge.cefsyslog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** What syslog senders put on the wire, for socket tests on loopback. */
final class Senders {

    static final int SOCKET_TIMEOUT_MILLIS = 30_000;

    private Senders() {
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        return socket;
    }

    static void sendDatagram(DatagramSocket socket, int port, byte[] payload) throws IOException {
        socket.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), port));
    }

    /** {@code MSG-LEN SP MSG} per message. */
    static byte[] octetCounted(String... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String message : messages) {
            byte[] bytes = utf8(message);
            out.writeBytes(utf8(bytes.length + " "));
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** Each message followed by {@code delimiter}. */
    static byte[] delimited(String delimiter, String... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String message : messages) {
            out.writeBytes(utf8(message + delimiter));
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * Reads one byte; returns -1 when the input closed the connection, which the client sees as end of stream or as a
     * reset. Running out of {@link #SOCKET_TIMEOUT_MILLIS} is no close and fails.
     */
    static int readOrEndOfStream(InputStream in) throws SocketTimeoutException {
        try {
            return in.read();
        } catch (SocketTimeoutException stillOpen) {
            throw stillOpen;
        } catch (IOException reset) {
            return -1;
        }
    }
}
