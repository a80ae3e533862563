package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.testkit.Plugins;
import io.github.ecsbridge.testkit.TestContext;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code cefsyslog} input, made by the plugin factory as Logstash makes it, bound to loopback port 0 and
 * running on its own thread as Logstash runs inputs, pushing into a {@link CountingConsumer}.
 */
final class InputUnderLoad implements AutoCloseable {

    private static final long BIND_TIMEOUT_SECONDS = 30;

    private final Cefsyslog input;
    private final CountingConsumer consumer = new CountingConsumer();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final InetSocketAddress address;

    private InputUnderLoad(Map<String, Object> options, Transport transport) throws Exception {
        Map<String, Object> values = new HashMap<>(options);
        values.put("host", "127.0.0.1");
        values.put("port", 0L);
        // Time stamps without a zone read as UTC, as in the golden corpus.
        values.put("timezone", "UTC");
        input = Plugins.instantiate(Cefsyslog.class, values, new TestContext());
        Thread thread = new Thread(() -> {
            try {
                input.start(consumer);
                finished.complete(null);
            } catch (Throwable e) {
                finished.completeExceptionally(e);
            }
        }, "cefsyslog-input");
        thread.setDaemon(true);
        thread.start();
        address = input.boundAddresses().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(transport);
    }

    /** Starts an input with {@code options} (host, port and timezone are set here) listening on {@code transport}. */
    static InputUnderLoad start(Map<String, Object> options, Transport transport) throws Exception {
        return new InputUnderLoad(options, transport);
    }

    InetSocketAddress address() {
        return address;
    }

    CountingConsumer consumer() {
        return consumer;
    }

    @Override
    public void close() throws Exception {
        input.stop();
        input.awaitStop();
        finished.get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
