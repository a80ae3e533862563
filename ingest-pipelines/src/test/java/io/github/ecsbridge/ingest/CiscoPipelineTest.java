package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ecsbridge.ciscoesa.CiscoEsaParser;
import io.github.ecsbridge.samples.DocumentDiff;
import io.github.ecsbridge.samples.GoldenAssert;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the golden corpus does not cover: FTP-pushed files (log type and host from {@code log.file.path}),
 * conversion failures, and the ingest time as the clock. The filter itself is the reference here.
 */
@ExtendWith(TestClusters.class)
class CiscoPipelineTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String ENTRY = CiscoPipelineGenerator.BASE + "-" + CATALOG.version();
    private static final CiscoEsaParser FILTER = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK)
            .preserveOriginal(true).build();

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(), new PrintStream(OutputStream.nullOutputStream()))
                .run(es.connection(), InstallScope.PIPELINES);
    }

    @Test
    void logTypesAreTheFilters() {
        Set<String> types = new HashSet<>(CiscoPipelineGenerator.LOG_TYPES);
        types.addAll(CiscoPipelineGenerator.ALIASES.keySet());
        assertEquals(new HashSet<>(FILTER.logTypes()), types);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/var/log/esa/authentication.esa1.example.com.@20220317T182437.s|Thu Mar 17 18:24:37 2022 Info: The user "
                + "admin successfully logged on from 1.128.3.4 with privilege admin using an HTTPS connection.",
        "C:\\esa\\mail_logs.@20220317T182437.s|Thu Mar 17 18:24:37 2022 Info: MID 6 ICID 5 From: <a@example.com>",
        "/var/log/esa/not-an-esa-file.log|Thu Mar 17 18:24:37 2022 Info: PID 1237: User admin commit changes: x",
        "/var/log/esa/status.@20220317T182437.s|Thu Mar 17 18:24:37 2022 Info: Status: CPULd 4x DskIO 0",
        "/var/log/esa/system.@20220317T182437.s|Thu Feb 30 18:24:37 2022 Info: PID 1237: User admin commit changes:",
    })
    void sameDocumentAsTheFilter(String path, String line) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("message", line);
        source.put("log", Map.of("file", Map.of("path", path)));
        source.put("_tmp", Map.of("now", GoldenAssert.NOW.toString()));
        assertEquals(List.of(), DocumentDiff.between(FILTER.parse(line, path), es.simulate(ENTRY, source), Set.of()));
    }

    @Test
    void withoutTmpNowTheIngestTimeGivesTheYear() {
        Map<String, Object> document = es.simulate(ENTRY, Map.of("message",
                "<166>Mar 17 18:31:14 system: Info: PID 1237: User admin commit changes: x"));
        int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        assertEquals(year + "-03-17T18:31:14.000Z", document.get("@timestamp"));
        assertNull(document.get("error"));
        assertNull(document.get("_tmp"));
    }
}
