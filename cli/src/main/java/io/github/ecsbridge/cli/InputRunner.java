package io.github.ecsbridge.cli;

import io.github.ecsbridge.cefsyslog.Cefsyslog;
import io.github.ecsbridge.cefsyslog.Transport;
import io.github.ecsbridge.testkit.Plugins;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a {@code cefsyslog} input on its own thread, as Logstash does, and passes every event map through the
 * runtime's filters to a sink.
 */
final class InputRunner implements AutoCloseable {

    private final Cefsyslog input;
    private final Thread thread;

    InputRunner(Map<String, Object> options, LogstashRuntime runtime, Consumer<Map<String, Object>> sink) {
        this.input = Plugins.instantiate(Cefsyslog.class, options, runtime.context());
        this.thread = new Thread(() -> input.start(event -> {
            for (Map<String, Object> document : runtime.process(List.of(event))) {
                sink.accept(document);
            }
        }), "cefsyslog-input");
    }

    /** Starts the input and waits until every listener is bound; a bind failure is thrown here. */
    Map<Transport, InetSocketAddress> start() throws InterruptedException {
        thread.start();
        try {
            return input.boundAddresses().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cefsyslog input did not bind within 30 seconds", e);
        }
    }

    /** Stops the input and waits until every accepted frame has been delivered. */
    @Override
    public void close() throws InterruptedException {
        input.stop();
        input.awaitStop();
        thread.join();
    }
}
