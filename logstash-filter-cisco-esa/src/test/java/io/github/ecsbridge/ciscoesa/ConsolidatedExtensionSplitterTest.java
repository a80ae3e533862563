package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consolidated-event extensions: pairs start at whitespace before {@code word=}; values stay verbatim. */
class ConsolidatedExtensionSplitterTest {

    @Test
    void valuesKeepSpacesEscapesQuotesAndUnescapedEquals() {
        assertEquals(List.of("ESASDRDomainAge|27 years 2 months", "suser|a\\\\=b@example.com",
                        "ESAURLDetails|{'https://x/?qs=1&d=2': {'WbrsScore': 3.0}}", "msg|\"Hi, you\""),
                split("ESASDRDomainAge=27 years 2 months suser=a\\\\=b@example.com "
                        + "ESAURLDetails={'https://x/?qs=1&d=2': {'WbrsScore': 3.0}} msg=\"Hi, you\"  "));
    }

    @Test
    void extraSpacesBeforeAKeyAreNotPartOfTheValue() {
        assertEquals(List.of("ESAAVVerdict|NEGATIVE", "ESACFVerdict|MATCH"),
                split("ESAAVVerdict=NEGATIVE  ESACFVerdict=MATCH"));
    }

    @Test
    void textWithoutKeyIsSkipped() {
        assertEquals(List.of("act|DELIVERED"), split("garbage act=DELIVERED"));
    }

    @Test
    void wordFollowedByEqualsInsideAValueStartsAPairAsInTheIntegration() {
        assertEquals(List.of("msg|'total", "amount|5'"), split("msg='total amount=5'"));
    }

    private static List<String> split(String text) {
        List<String> pairs = new ArrayList<>();
        ConsolidatedExtensionSplitter.split(text, (key, value) -> pairs.add(key + "|" + value));
        return pairs;
    }
}
