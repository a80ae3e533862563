package io.github.ecsbridge.cli;

import static io.github.ecsbridge.cli.NotifierTarget.PLACEHOLDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.cefsyslog.TestCertificates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java KSC notifier end to end: placeholders in, one mapped Kaspersky document out of a listening input. */
class NotifyCommandTest {

    @TempDir
    Path directory;

    @Test
    void aNotificationOverTcpArrivesAsAMappedSecurityCenterEvent() throws Exception {
        try (NotifierTarget target = NotifierTarget.tcp()) {
            CliRun run = CliRun.of(notify(target.port).toArray(String[]::new));

            assertEquals(0, run.exitCode(), run.err());
            NotifierTarget.assertNotificationMapped(target.next(), "GNRL_EV_VIRUS_FOUND");
        }
    }

    @Test
    void aRiseTimeInTheServersRegionalFormIsSentAsTheInstantItNames() throws Exception {
        try (NotifierTarget target = NotifierTarget.tcp()) {
            List<String> args = notify(target.port);
            args.set(args.indexOf(PLACEHOLDERS.get(5)), "30.05.2026 12:14:02");
            args.addAll(List.of("--timezone", "Europe/Moscow"));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertEquals(0, run.exitCode(), run.err());
            NotifierTarget.assertNotificationMapped(target.next(), "GNRL_EV_VIRUS_FOUND");
        }
    }

    @Test
    void aNotificationOverTlsIsSentToACertificateTheGivenCaSigned() throws Exception {
        TestCertificates certificates = NotifierTarget.certificates(directory);
        try (NotifierTarget target = NotifierTarget.tls(certificates)) {
            List<String> args = notify(target.port);
            args.addAll(List.of("--ssl-certificate-authorities", certificates.caCertificate.toString()));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertEquals(0, run.exitCode(), run.err());
            NotifierTarget.assertNotificationMapped(target.next(), "GNRL_EV_VIRUS_FOUND");
        }
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedAndNothingIsSent() throws Exception {
        TestCertificates certificates = NotifierTarget.certificates(directory.resolve("server"));
        TestCertificates other = NotifierTarget.certificates(directory.resolve("other"));
        try (NotifierTarget target = NotifierTarget.tls(certificates)) {
            List<String> args = notify(target.port);
            args.addAll(List.of("--ssl-certificate-authorities", other.caCertificate.toString()));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("notify: "), run.err());
            assertEquals(0, target.pending());
        }
    }

    private static List<String> notify(int port) {
        return new ArrayList<>(List.of("notify", "--host", "localhost", "--port", Integer.toString(port),
                "--ksc-version", "14.2.0.26967", "--event-type", "GNRL_EV_VIRUS_FOUND",
                "--severity", PLACEHOLDERS.get(0), "--computer", PLACEHOLDERS.get(1),
                "--domain", PLACEHOLDERS.get(2), "--event", PLACEHOLDERS.get(3),
                "--description", PLACEHOLDERS.get(4), "--rise-time", PLACEHOLDERS.get(5),
                "--task", PLACEHOLDERS.get(6), "--product", PLACEHOLDERS.get(7),
                "--product-version", PLACEHOLDERS.get(8), "--host-ip", PLACEHOLDERS.get(9),
                "--host-conn-ip", PLACEHOLDERS.get(10)));
    }
}
