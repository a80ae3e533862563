package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A {@link Cefsyslog} input started on its own thread, as Logstash runs inputs, bound to loopback port 0, with every
 * event it pushes kept in a queue. Waits use timeouts only as a guard against hanging; no test asserts a duration.
 */
final class RunningInput implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-04T10:00:00Z"), ZoneOffset.UTC);
    static final long TIMEOUT_SECONDS = 30;

    final TestContext context = new TestContext();
    final Cefsyslog input;
    final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    final Map<Transport, InetSocketAddress> addresses;

    private RunningInput(Map<String, ?> options, Consumer<Map<String, Object>> queue) throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put("host", "127.0.0.1");
        values.put("port", 0L);
        values.putAll(options);
        input = new Cefsyslog("test-input", new TestConfiguration(values), context, CLOCK);
        Consumer<Map<String, Object>> consumer = queue == null ? events::add : queue;
        Thread thread = new Thread(() -> {
            try {
                input.start(consumer);
                finished.complete(null);
            } catch (Throwable e) {
                finished.completeExceptionally(e);
            }
        }, "test-input");
        thread.start();
        addresses = input.boundAddresses().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static RunningInput start(Map<String, ?> options) throws Exception {
        return new RunningInput(options, null);
    }

    /** Starts with a consumer of the test's own, which may block like a full Logstash queue. */
    static RunningInput start(Map<String, ?> options, Consumer<Map<String, Object>> queue) throws Exception {
        return new RunningInput(options, queue);
    }

    int port(Transport transport) {
        return addresses.get(transport).getPort();
    }

    Map<String, Object> take() throws InterruptedException {
        Map<String, Object> event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "no event arrived");
        return event;
    }

    List<Map<String, Object>> take(int count) throws InterruptedException {
        List<Map<String, Object>> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taken.add(take());
        }
        return taken;
    }

    Long counter(String name) {
        return context.metric().counterValue("plugins", "inputs", "test-input", name);
    }

    /** Stops the input as Logstash does, and waits until {@code start} has returned. */
    void stop() {
        input.stop();
        try {
            input.awaitStop();
            finished.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the input did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
