package io.github.ecsbridge.cefsyslog;

import javax.net.SocketFactory;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes LF-framed traffic over TCP or TLS connections, one thread per connection, as fast as the receiver reads.
 * The block is written whole, so sending costs little CPU next to receiving. A connection stops early, at a block
 * boundary, once the deadline has passed, so a slow receiver bounds the run in time, not in count.
 */
final class StreamSender {

    private final Traffic traffic;
    private final SocketFactory sockets;

    StreamSender(Traffic traffic, SocketFactory sockets) {
        this.traffic = traffic;
        this.sockets = sockets;
    }

    /**
     * Sends {@code events} lines spread evenly over {@code connections}, each connection followed by its
     * {@code trailer} line when one is given (not counted), and returns the lines sent once every connection is
     * written and closed.
     */
    long send(InetSocketAddress to, int connections, long events, TrailerLine trailer, long deadlineNanos)
            throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>(connections);
        for (int c = 0; c < connections; c++) {
            long share = events / connections + (c < events % connections ? 1 : 0);
            int connection = c;
            Thread thread = new Thread(() -> {
                try {
                    sendOne(to, share, trailer == null ? null : trailer.forConnection(connection), deadlineNanos,
                            sent);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-sender-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return sent.get();
    }

    private void sendOne(InetSocketAddress to, long lines, byte[] trailer, long deadlineNanos, AtomicLong sent)
            throws Exception {
        try (Socket socket = sockets.createSocket(to.getAddress(), to.getPort())) {
            OutputStream out = socket.getOutputStream();
            byte[] block = traffic.block();
            long fullBlocks = lines / traffic.lineCount();
            for (long i = 0; i < fullBlocks; i++) {
                if (System.nanoTime() - deadlineNanos > 0) {
                    break;
                }
                out.write(block);
                sent.addAndGet(traffic.lineCount());
            }
            if (System.nanoTime() - deadlineNanos <= 0) {
                int rest = (int) (lines % traffic.lineCount());
                out.write(block, 0, traffic.bytesOfFirst(rest));
                sent.addAndGet(rest);
            }
            if (trailer != null) {
                out.write(trailer);
            }
            out.flush();
        }
    }

    /** The extra line a connection ends with, so a receiver can tell that it has read everything. */
    interface TrailerLine {
        byte[] forConnection(int connection);
    }
}
