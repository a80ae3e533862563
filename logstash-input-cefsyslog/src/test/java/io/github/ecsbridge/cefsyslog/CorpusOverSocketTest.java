package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.samples.SampleCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.delimited;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static io.github.ecsbridge.cefsyslog.Senders.sendDatagram;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every line of the golden corpus, sent over each transport, gives the document the decoder gives for the line itself
 * plus the sender and the line in {@code @metadata}: the network layer changes nothing in real vendor lines.
 */
class CorpusOverSocketTest {

    private static List<String> corpusLines() throws IOException {
        SampleCorpus corpus = SampleCorpus.standard();
        List<String> lines = new ArrayList<>();
        for (String vendor : corpus.vendors()) {
            try (Stream<Path> files = Files.list(corpus.root().resolve(vendor))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            lines.add(line);
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static Map<String, Object> expected(MessageDecoder decoder, String line, String sender) {
        Map<String, Object> event = decoder.decode(line);
        @SuppressWarnings("unchecked")
        Map<String, Object> log = new LinkedHashMap<>((Map<String, Object>) event.getOrDefault("log", Map.of()));
        log.put("source", Map.of("address", sender));
        event.put("log", log);
        event.put("@metadata", Map.of("cefsyslog", Map.of("original", line)));
        return event;
    }

    @Test
    void corpusLinesArriveUnchangedOverEveryTransport() throws Exception {
        List<String> lines = corpusLines();
        assertFalse(lines.isEmpty(), "empty corpus");
        MessageDecoder decoder = new MessageDecoder(DecoderOptions.builder().clock(RunningInput.CLOCK)
                .zone(ZoneOffset.UTC).build());
        String[] messages = lines.toArray(new String[0]);
        try (RunningInput input = RunningInput.start(Map.of("timezone", "UTC"))) {
            for (byte[] stream : List.of(octetCounted(messages), delimited("\n", messages),
                    delimited("\r\n", messages), delimited("\0", messages))) {
                try (Socket socket = connect(input.port(Transport.TCP))) {
                    socket.getOutputStream().write(stream);
                    String sender = "127.0.0.1:" + socket.getLocalPort();
                    for (String line : lines) {
                        assertEquals(expected(decoder, line, sender), input.take(), line);
                    }
                }
            }
            try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                String sender = "127.0.0.1:" + socket.getLocalPort();
                for (String line : lines) {
                    sendDatagram(socket, input.port(Transport.UDP), utf8(line));
                    // One at a time: datagrams spread over the dispatch threads may overtake each other.
                    assertEquals(expected(decoder, line, sender), input.take(), line);
                }
            }
        }
    }
}
