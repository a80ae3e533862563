package io.github.ecsbridge.cefsyslog;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Sends one line per datagram from one socket, as fast as the kernel takes them; what the receiver misses is lost.
 * Stops early once the deadline has passed.
 */
final class DatagramSender {

    private final Traffic traffic;

    DatagramSender(Traffic traffic) {
        this.traffic = traffic;
    }

    /** Returns the datagrams sent. */
    long send(InetSocketAddress to, long events, long deadlineNanos) throws Exception {
        ByteBuffer[] buffers = new ByteBuffer[traffic.lineCount()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = ByteBuffer.wrap(traffic.datagram(i));
        }
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(to);
            long i = 0;
            for (; i < events; i++) {
                // Reading the clock every datagram would cost as much as sending it.
                if ((i & 0xfff) == 0 && System.nanoTime() - deadlineNanos > 0) {
                    break;
                }
                ByteBuffer buffer = buffers[(int) (i % buffers.length)];
                buffer.rewind();
                channel.write(buffer);
            }
            return i;
        }
    }
}
