package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecsbridge.cefsyslog.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POSIX shell notifier end to end, with the same placeholders and expectations as the Java one. */
class KscNotifyScriptTest {

    private static final Path SCRIPT = Path.of("src/main/sh/ksc-notify.sh");

    @TempDir
    Path directory;

    @Test
    void theShellNotifierSendsOverTcpWithNetcat() throws Exception {
        assumeTrue(onPath("nc"), "nc (Debian netcat-openbsd) is not installed; CI installs it");
        try (NotifierTarget target = NotifierTarget.tcp()) {
            assertEquals("", run(script(target.port)));
            NotifierTarget.assertNotificationMapped(target.next(), "GNRL_EV_VIRUS_FOUND");
        }
    }

    @Test
    void theShellNotifierSendsOverTlsWithOpenssl() throws Exception {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        TestCertificates certificates = NotifierTarget.certificates(directory);
        try (NotifierTarget target = NotifierTarget.tls(certificates)) {
            List<String> command = script(target.port);
            command.addAll(4, List.of("-c", certificates.caCertificate.toString()));

            assertEquals("", run(command));
            NotifierTarget.assertNotificationMapped(target.next(), "GNRL_EV_VIRUS_FOUND");
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

    private static List<String> script(int port) {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString(), "-h", "localhost",
                "-p", Integer.toString(port), "-v", "14.2.0.26967", "-e", "GNRL_EV_VIRUS_FOUND"));
        command.addAll(NotifierTarget.PLACEHOLDERS);
        return command;
    }

    /** Runs the script and returns what it printed; fails unless it exits 0. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
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
