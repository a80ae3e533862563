package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecodePoolTest {

    private final DecodePool pool = new DecodePool(1, new SyslogEventBuilder(
            new MessageDecoder(DecoderOptions.defaults()), EcsCompatibility.V8, 65536, InputMetrics.disabled()));

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    private static List<ReceivedFrame> batch(String... texts) {
        return Arrays.stream(texts)
                .map(text -> new ReceivedFrame(text, text.length(), Set.of(), text.length(), PeerAddress.UNKNOWN))
                .toList();
    }

    @Test
    void buildsTheEventsOfABatchInFrameOrder() throws Exception {
        List<Map<String, Object>> events = pool.tryBuild(batch("<13>first", "<13>second")).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("first", "second"), events.stream().map(event -> event.get("message")).toList());
    }

    @Test
    void refusesMoreBatchesThanItMayHoldUntilOneIsReleased() throws Exception {
        int slots = DecodePool.BATCHES_PER_THREAD;
        for (int i = 0; i < slots; i++) {
            CompletableFuture<List<Map<String, Object>>> started = pool.tryBuild(batch("<13>held " + i));
            assertNotNull(started);
            started.get(10, TimeUnit.SECONDS);
        }
        assertNull(pool.tryBuild(batch("<13>one too many")), "built events ahead of the queue without bound");
        pool.release();
        assertNotNull(pool.tryBuild(batch("<13>after a release")));
    }

    @Test
    void leavesBatchesToTheCallerWhileMoreConnectionsAreBusyThanItHasThreads() {
        pool.connectionBusy();
        pool.connectionBusy();
        assertNull(pool.tryBuild(batch("<13>second busy connection")), "took a batch with every core busy already");
        pool.connectionIdle();
        assertNotNull(pool.tryBuild(batch("<13>one busy connection")));
    }
}
