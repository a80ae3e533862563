package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.samples.SampleCorpus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void everySampleLineSentOverLoopbackComesBackAsOneDocument() {
        long sampleLines = SampleCorpus.packaged().vendors().stream()
                .flatMap(vendor -> SampleCorpus.packaged().files(vendor).stream())
                .mapToLong(file -> file.lines().size())
                .sum();

        CliRun run = CliRun.of("demo");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(sampleLines, run.documents().size());
        assertTrue(run.err().contains("sent " + sampleLines + ", received " + sampleLines + "\n"), run.err());
    }

    @Test
    void theFiltersSharingThePipelineNeverClaimEachOthersEvents() {
        CliRun run = CliRun.of("demo");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("_ciscoesaparsefailure"), run.err());
        for (Map<String, Object> document : run.documents()) {
            boolean kaspersky = document.get("kaspersky") instanceof Map;
            boolean cisco = document.get("cisco_secure_email_gateway") instanceof Map;
            assertFalse(kaspersky && cisco, document.toString());
        }
    }
}
