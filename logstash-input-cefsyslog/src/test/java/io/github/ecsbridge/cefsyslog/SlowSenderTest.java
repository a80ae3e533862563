package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.delimited;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A sender that dribbles its stream one to three bytes at a time, with Nagle off and a pause after each write, so the
 * input reads the frames in pieces split anywhere: inside the octet count, between CR and LF, inside a UTF-8
 * sequence, before the first byte that decides the framing. Every frame still arrives whole and untagged.
 */
@Timeout(30)
class SlowSenderTest {

    private static final List<String> MESSAGES = List.of(
            "<13>Jul  4 09:16:35 host app: first",
            "<134>Jul  4 09:16:35 fw01 CEF:0|Acme|Fire\\|wall|1.0|100|Blocked|5|src=10.0.0.1 msg=a\\=b c\\\\d",
            "<14>1 2024-07-04T09:16:35.123Z host app 42 ID7 [ex@32473 k=\"v\"] caf\u00e9 \u20ac \ud83d\ude00",
            "<13>Jul  4 09:16:36 host app: last");

    @ParameterizedTest(name = "{0} stream, framing => {1}")
    @CsvSource({
            "octet counting, auto", "octet counting, octet_counting",
            "LF, auto", "LF, lf",
            "CRLF, auto", "CRLF, lf",
            "NUL, auto", "NUL, nul"})
    void framesDribbledAFewBytesAtATimeArriveIntact(String stream, String framing) throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "framing", framing));
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.setTcpNoDelay(true);
            dribble(socket.getOutputStream(), wire(stream), new Random(stream.hashCode()));
            assertEquals(MESSAGES, EventText.describe(input.take(MESSAGES.size())));
            input.stop();
            assertNull(input.events.poll(), "more events than messages");
        }
    }

    private static byte[] wire(String stream) {
        String[] messages = MESSAGES.toArray(new String[0]);
        switch (stream) {
            case "octet counting":
                return octetCounted(messages);
            case "LF":
                return delimited("\n", messages);
            case "CRLF":
                return delimited("\r\n", messages);
            case "NUL":
                return delimited("\0", messages);
            default:
                throw new IllegalArgumentException(stream);
        }
    }

    /** Writes 1 to 3 bytes at a time, pausing a millisecond after each write so each reaches the input alone. */
    private static void dribble(OutputStream out, byte[] bytes, Random random) throws Exception {
        int at = 0;
        while (at < bytes.length) {
            int length = Math.min(1 + random.nextInt(3), bytes.length - at);
            out.write(bytes, at, length);
            out.flush();
            at += length;
            Thread.sleep(1);
        }
    }
}
