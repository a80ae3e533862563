package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of {@code samples/cisco_esa/<type>.log} becomes its expected document through the core parser. */
class CiscoEsaParserGoldenTest {

    private static final CiscoEsaParser PARSER = CiscoEsaParser.builder()
            .clock(GoldenAssert.CLOCK)
            .preserveOriginal(true)
            .build();

    static List<SampleFile> sampleFiles() {
        return SampleCorpus.standard().files("cisco_esa");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void sampleLinesBecomeTheirExpectedDocuments(SampleFile file) {
        GoldenAssert.assertMatches(file, line -> PARSER.parse(line.raw(), null));
    }
}
