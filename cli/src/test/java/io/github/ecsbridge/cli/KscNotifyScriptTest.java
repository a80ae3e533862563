package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecsbridge.cefsyslog.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The POSIX shell notifier end to end, with the same placeholders and expectations as the Java one. */
class KscNotifyScriptTest {

    private static final Path SCRIPT = Path.of("src/main/sh/ksc-notify.sh");

    @Test
    void theShellNotifierSendsTheSameMappedEvent() throws IOException, InterruptedException {
        assumeTrue(onPath("nc"), "nc (Debian netcat-openbsd) is not installed; CI installs it");
        LinkedBlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("host", "127.0.0.1");
        options.put("port", 0L);
        options.put("protocols", new ArrayList<Object>(List.of("tcp")));
        try (InputRunner input = new InputRunner(options, new LogstashRuntime("UTC", null), received::add)) {
            int port = input.start().get(Transport.TCP).getPort();
            List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString(), "-h", "127.0.0.1",
                    "-p", Integer.toString(port), "-v", "14.2.0.26967", "-e", "GNRL_EV_VIRUS_FOUND"));
            command.addAll(NotifyCommandTest.PLACEHOLDERS);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);

            NotifyCommandTest.assertNotificationMapped(received.poll(10, TimeUnit.SECONDS), "GNRL_EV_VIRUS_FOUND");
        }
    }

    @Test
    void missingPlaceholdersAreRefusedWithUsage() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", SCRIPT.toString(), "-h", "127.0.0.1", "Critical")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(2, process.waitFor());
        assertEquals(SCRIPT + ": -h HOST and the 11 placeholders, in the documented order, are required\n", output);
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
