package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Inputs the CEF scanner fuzz target found, minimised by hand, each named after the property it broke. */
class CefScannerFuzzFindingsTest {

    private static final String HEADER = "CEF:0|Vendor|Product|1.0|100|Name|5|";

    @Test
    void duplicateLabelWarningsStayWithinTheWarningCap() {
        String line = HEADER + "a=1 a=1".repeat(CefScanner.MAX_WARNINGS + 1).replace("1a", "1 a")
                + " cs1=x cs1Label=L cs2=y cs2Label=L";

        CefMessage message = CefScanner.scan(line);

        assertTrue(message.warnings().size() <= CefScanner.MAX_WARNINGS + 1, () -> message.warnings().size()
                + " warnings: " + message.warnings().subList(CefScanner.MAX_WARNINGS, message.warnings().size()));
    }
}
