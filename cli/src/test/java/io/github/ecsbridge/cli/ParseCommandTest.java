package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.samples.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String KSC_TASK_STATE = "<14>1 2026-05-30T09:20:00.000Z ksc01.example.com klnotify - - - "
            + "CEF:0|KasperskyLab|SecurityCenter|14.2.0.26967|KLPRCI_TaskState|Task completed|Info|"
            + "rt=1780132798000 dhost=SRV-FS01 dntdom=EXAMPLE dst=10.20.1.10 msg=Task \"Update\" completed "
            + "cs1=Update cs1Label=TaskName";

    private static final String SSHD_LOGIN =
            "<34>1 2026-05-30T09:21:00.000Z web01.example.com sshd 4242 - - Accepted publickey for alice";

    @TempDir
    Path directory;

    @Test
    void everyNonEmptyLineBecomesOneDocumentInInputOrder() throws IOException {
        Path log = directory.resolve("mixed.log");
        Files.writeString(log, KSC_TASK_STATE + "\n\n" + SSHD_LOGIN + "\n");

        CliRun run = CliRun.of("parse", log.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                Json.parseObject("""
                        {"@timestamp":"2026-05-30T09:19:58.000Z","@version":"1",
                         "cef":{"extensions":{"destinationAddress":"10.20.1.10","destinationHostName":"SRV-FS01",
                           "destinationNtDomain":"EXAMPLE","deviceCustomString1":"Update",
                           "deviceCustomString1Label":"TaskName","deviceReceiptTime":"2026-05-30T09:19:58.000Z",
                           "message":"Task \\"Update\\" completed"},
                          "name":"Task completed","severity":"Info","version":"0"},
                         "data_stream":{"dataset":"kaspersky.ksc"},"ecs":{"version":"8.17.0"},
                         "event":{"action":"task-state-changed","category":["host"],"code":"KLPRCI_TaskState",
                          "dataset":"kaspersky.ksc","kind":"event","module":"kaspersky","severity":1,
                          "type":["change"]},
                         "host":{"domain":"EXAMPLE","ip":"10.20.1.10","name":"SRV-FS01"},
                         "kaspersky":{"ksc":{"task_name":"Update"}},
                         "log":{"syslog":{"appname":"klnotify","facility":{"code":1,"name":"user-level"},
                          "hostname":"ksc01.example.com","priority":14,
                          "severity":{"code":6,"name":"Informational"},"version":"1"}},
                         "message":"Task \\"Update\\" completed",
                         "observer":{"product":"SecurityCenter","vendor":"KasperskyLab","version":"14.2.0.26967"},
                         "related":{"hosts":["SRV-FS01"],"ip":["10.20.1.10"]}}"""),
                Json.parseObject("""
                        {"@timestamp":"2026-05-30T09:21:00.000Z","@version":"1",
                         "log":{"syslog":{"appname":"sshd","facility":{"code":4,"name":"security/authorization"},
                          "hostname":"web01.example.com","priority":34,"procid":"4242",
                          "severity":{"code":2,"name":"Critical"},"version":"1"}},
                         "message":"Accepted publickey for alice"}""")),
                run.documents());
    }

    @Test
    void summaryCountsLinesSourcesAndCategories() throws IOException {
        Path log = directory.resolve("mixed.log");
        Files.writeString(log, KSC_TASK_STATE + "\n" + SSHD_LOGIN + "\n");

        CliRun run = CliRun.of("parse", log.toString());

        assertEquals("""
                2 lines, 2 documents

                source          documents
                kaspersky.ksc           1
                syslog                  1
                total                   2

                event.category  documents
                host                    1
                """, run.err());
    }

    @Test
    void anUnknownTimeZoneIsOneReadableLine() throws IOException {
        Path log = directory.resolve("one.log");
        Files.writeString(log, SSHD_LOGIN + "\n");

        CliRun run = CliRun.of("parse", "--timezone", "Mars/Olympus", log.toString());

        assertEquals(1, run.exitCode());
        assertEquals("parse: Unknown time-zone ID: Mars/Olympus\n", run.err());
    }
}
