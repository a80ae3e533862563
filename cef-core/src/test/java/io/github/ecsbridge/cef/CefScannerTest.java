package io.github.ecsbridge.cef;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named cases of the CEF grammar, including the ones the example table cannot carry. */
class CefScannerTest {

    private static final String HEADER = "CEF:0|Vendor|Product|1.0|100|Name|5|";

    @Test
    void escapedPipeInHeader() {
        CefMessage message = CefScanner.scan("CEF:0|security|threat\\|manager|1.0|100|a \\| b|10|src=10.0.0.1");

        assertEquals("threat|manager", message.deviceProduct());
        assertEquals("a | b", message.name());
        assertEquals("10", message.severity());
        assertEquals(List.of(entry("src", "10.0.0.1")), entries(message));
    }

    @Test
    void escapedBackslashBeforeSeparatorPipe() {
        CefMessage message = CefScanner.scan("CEF:0|security\\\\\\||threatmanager\\\\|1.0|100|n|10|");

        assertEquals("security\\|", message.deviceVendor());
        assertEquals("threatmanager\\", message.deviceProduct());
        assertEquals("1.0", message.deviceVersion());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void loneBackslashAndEqualsInHeaderAreKept() {
        CefMessage message = CefScanner.scan("CEF:0|sec\\urity|a=b|1.0|100|n|10|");

        assertEquals("sec\\urity", message.deviceVendor());
        assertEquals("a=b", message.deviceProduct());
    }

    @Test
    void headerValuesAreNotTrimmed() {
        CefMessage message = CefScanner.scan("CEF:0|AO Kaspersky Lab| Kaspersky Anti Targeted Attack Platform "
                + "|5.0.0-5201|url_web| URL from web detected|Low|");

        assertEquals(" Kaspersky Anti Targeted Attack Platform ", message.deviceProduct());
        assertEquals(" URL from web detected", message.name());
        assertEquals("Low", message.severity());
        assertEquals(Map.of(), message.extensions());
    }

    @Test
    void emptyHeaderFields() {
        CefMessage message = CefScanner.scan("CEF:0|||||||a=");

        assertEquals(0, message.version());
        assertEquals(List.of("", "", "", "", "", ""), List.of(message.deviceVendor(), message.deviceProduct(),
                message.deviceVersion(), message.deviceEventClassId(), message.name(), message.severity()));
        assertEquals(List.of(entry("a", "")), entries(message));
    }

    @Test
    void headerOnlyMessage() {
        CefMessage message = CefScanner.scan("CEF:1|Security|threatmanager|1.0|100|worm stopped|10|");

        assertNull(message.error());
        assertEquals(1, message.version());
        assertEquals(Map.of(), message.extensions());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void spaceAfterSeventhPipe() {
        CefMessage message = CefScanner.scan(HEADER + "   src=10.0.0.1 act=blocked");

        assertEquals(List.of(entry("src", "10.0.0.1"), entry("act", "blocked")), entries(message));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void missingFinalPipe() {
        String line = "CEF:0|Vendor|Product|1.0|100|Name|10";
        CefMessage message = CefScanner.scan(line);

        assertNull(message.error());
        assertEquals("10", message.severity());
        assertEquals(Map.of(), message.extensions());
        assertEquals(List.of("missing pipe after the severity at position " + line.length()), message.warnings());
    }

    @Test
    void missingFinalPipeStillReadsExtensions() {
        CefMessage message = CefScanner.scan("CEF:0|Vendor|Product|1.0|100|Name|10 src=10.0.0.1 msg=a b");

        assertEquals("10", message.severity());
        assertEquals(List.of(entry("src", "10.0.0.1"), entry("msg", "a b")), entries(message));
        assertEquals(List.of("missing pipe after the severity at position 36"), message.warnings());
    }

    @Test
    void missingFinalPipeKeepsSeverityWithSpaces() {
        CefMessage message = CefScanner.scan("CEF:0|Vendor|Product|1.0|100|Name|Very High  ");

        assertEquals("Very High", message.severity());
        assertEquals(Map.of(), message.extensions());
    }

    @Test
    void missingSeverityIsIncompleteHeader() {
        CefMessage message = CefScanner.scan("CEF:0|Vendor|Product|1.0|100|Name|");

        assertEquals("incomplete CEF header: found 6 of 7 pipe-terminated fields at position 34", message.error());
    }

    @Test
    void truncatedHeader() {
        CefMessage message = CefScanner.scan("CEF:0|SentinelOne|Mgmt");

        assertEquals("incomplete CEF header: found 2 of 7 pipe-terminated fields at position 22", message.error());
        assertEquals(0, message.version());
        assertEquals("SentinelOne", message.deviceVendor());
        assertEquals("", message.deviceProduct());
        assertEquals(Map.of(), message.extensions());
    }

    @Test
    void textWithoutCefMarkerIsNotCef() {
        CefMessage message = CefScanner.scan("<14>Jan  1 00:00:00 host app: hello|world|a=b");

        assertEquals(CefScanner.NOT_CEF, message.error());
        assertEquals("", message.prefix());
        assertEquals(Map.of(), message.extensions());
    }

    @Test
    void nullIsNotCef() {
        assertEquals(CefScanner.NOT_CEF, CefScanner.scan(null).error());
    }

    @Test
    void indexOfCefFindsTheFirstMarker() {
        assertEquals(21, CefScanner.indexOfCef("Sep 19 08:26:10 host CEF:0|a|b|c|d|e|f|msg=CEF:1"));
        assertEquals(0, CefScanner.indexOfCef("CEF:0|"));
        assertEquals(-1, CefScanner.indexOfCef("cef:0|a"));
        assertEquals(-1, CefScanner.indexOfCef(null));
    }

    @Test
    void syslogPrefixIsKeptTrimmed() {
        CefMessage message = CefScanner.scan("July 16 10:34:23 host.domain.com KSMG: CEF:0|AO Kaspersky Lab|"
                + "Kaspersky Secure Mail Gateway|2.1.0.1234|LMS_EV_AUTH|Login|Low| act=login |");

        assertEquals("July 16 10:34:23 host.domain.com KSMG:", message.prefix());
        assertEquals(List.of(entry("act", "login |")), entries(message));
    }

    @Test
    void utf8Bom() {
        CefMessage atStart = CefScanner.scan("\uFEFFCEF:0|Vendor|Product|1.0|100|Name|5|a=b");
        CefMessage afterHeader = CefScanner.scan("\uFEFF<14>1 2022-01-01T00:00:00Z host app - - - \uFEFFCEF:0|"
                + "KasperskyLab|SecurityCenter|13.2.0.1511|KLPRCI_TaskState|Task|1|a=b");

        assertEquals("", atStart.prefix());
        assertEquals("Vendor", atStart.deviceVendor());
        assertEquals("<14>1 2022-01-01T00:00:00Z host app - - -", afterHeader.prefix());
        assertEquals(List.of(entry("a", "b")), entries(afterHeader));
    }

    @Test
    void multiDigitVersion() {
        CefMessage message = CefScanner.scan("CEF:26|Vendor|Product|1.0|100|Name|5|");

        assertEquals(26, message.version());
        assertEquals("26", message.versionText());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void emptyVersionIsAWarning() {
        CefMessage message = CefScanner.scan("CEF:|Vendor|Product|1.0|100|Name|5|a=b");

        assertNull(message.error());
        assertEquals(CefMessage.UNKNOWN_VERSION, message.version());
        assertEquals(List.of("malformed CEF version '' at position 4"), message.warnings());
        assertEquals(List.of(entry("a", "b")), entries(message));
    }

    @Test
    void nonNumericVersionIsAWarning() {
        CefMessage message = CefScanner.scan("x CEF:0.1|Vendor|Product|1.0|100|Name|5|");

        assertEquals(CefMessage.UNKNOWN_VERSION, message.version());
        assertEquals("0.1", message.versionText());
        assertEquals(List.of("malformed CEF version '0.1' at position 6"), message.warnings());
    }

    @Test
    void labelsAndValuesWithSpaces() {
        CefMessage message = CefScanner.scan(HEADER
                + "cs1Label=Virus name cs1=EICAR Test File flexString2Label=Container ID flexString2=abc 123");

        assertEquals(List.of(entry("cs1Label", "Virus name"), entry("cs1", "EICAR Test File"),
                entry("flexString2Label", "Container ID"), entry("flexString2", "abc 123")), entries(message));
    }

    @Test
    void extraSpacesBeforeKeyStayInValueButFinalValueIsTrimmed() {
        CefMessage message = CefScanner.scan(HEADER + "msg=is  preserved    src=10.0.0.1 act=x  \t\r\n");

        assertEquals(List.of(entry("msg", "is  preserved   "), entry("src", "10.0.0.1"), entry("act", "x")),
                entries(message));
    }

    @Test
    void extensionEscapesAreUndoneInOnePass() {
        CefMessage message = CefScanner.scan(HEADER + "msg=a\\=b\\\\c\\nd\\re src=1");

        assertEquals("a=b\\c\nd\re", message.extensions().get("msg"));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void escapedBackslashBeforeLetterIsNotANewline() {
        CefMessage message = CefScanner.scan(HEADER + "filePath=C:\\\\Windows\\\\System32\\\\reg.exe act=x");

        assertEquals("C:\\Windows\\System32\\reg.exe", message.extensions().get("filePath"));
    }

    @Test
    void unknownEscapesAndLoneBackslashesAreKept() {
        CefMessage message = CefScanner.scan(HEADER + "filePath=C:\\Windows\\temp act=a \\| b msg=end\\");

        assertEquals(List.of(entry("filePath", "C:\\Windows\\temp"), entry("act", "a \\| b"),
                entry("msg", "end\\")), entries(message));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void pipeInValueNeedsNoEscape() {
        CefMessage message = CefScanner.scan(HEADER + "act=blocked a | dst=1.1.1.1");

        assertEquals(List.of(entry("act", "blocked a |"), entry("dst", "1.1.1.1")), entries(message));
    }

    @Test
    void unescapedEqualsStaysInValue() {
        String line = HEADER + "request=http://example.com/?a=1&b=2 act=blocked";
        CefMessage message = CefScanner.scan(line);

        assertEquals(List.of(entry("request", "http://example.com/?a=1&b=2"), entry("act", "blocked")),
                entries(message));
        assertEquals(List.of("unescaped '=' in the value of key 'request' at position " + line.indexOf("=1")
                + ": kept in the value"), message.warnings());
    }

    @Test
    void spaceBeforeEqualsIsNotAKey() {
        CefMessage message = CefScanner.scan(HEADER + "msg=this =has = equals\\= act=x");

        assertEquals(List.of(entry("msg", "this =has = equals="), entry("act", "x")), entries(message));
        assertEquals(1, message.warnings().size());
    }

    @Test
    void tabIsNotASeparator() {
        CefMessage message = CefScanner.scan(HEADER + "msg=a\tb=c act=x");

        assertEquals(List.of(entry("msg", "a\tb=c"), entry("act", "x")), entries(message));
    }

    @Test
    void literalControlCharactersInValuesAreKept() {
        CefMessage message = CefScanner.scan(HEADER + "msg=line1\r\nline2\tend act=x");

        assertEquals("line1\r\nline2\tend", message.extensions().get("msg"));
    }

    @Test
    void emptyValues() {
        CefMessage message = CefScanner.scan(HEADER + "reason= act=blocked dst=");

        assertEquals(List.of(entry("reason", ""), entry("act", "blocked"), entry("dst", "")), entries(message));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void keysWithPunctuation() {
        CefMessage message = CefScanner.scan(HEADER
                + "ad.Error_,Code=5 ad.field[0]=x y Some-Key=v _cefVer=0.1 layer_name=Network");

        assertEquals(List.of(entry("ad.Error_,Code", "5"), entry("ad.field[0]", "x y"), entry("Some-Key", "v"),
                entry("_cefVer", "0.1"), entry("layer_name", "Network")), entries(message));
    }

    @Test
    void quotedValues() {
        CefMessage message = CefScanner.scan("CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.0.0.1234|"
                + "LMS_EV_SCAN_LOGIC_KAV_STATUS|Anti-Virus status|Low|msg=\"Object is infected\" suser=\"a@b.example\" "
                + "act=\"\" cs1=\"x\"");

        assertEquals(List.of(entry("msg", "Object is infected"), entry("suser", "a@b.example"), entry("act", ""),
                entry("cs1", "x")), entries(message));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void quotedValueHoldsKeysEqualsAndEscapedQuotes() {
        CefMessage message = CefScanner.scan(HEADER + "msg=\"x=1 y=2 \\\"z\\\"\"   act=b");

        assertEquals(List.of(entry("msg", "x=1 y=2 \"z\""), entry("act", "b")), entries(message));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void quoteInsideUnquotedValueIsPlainText() {
        CefMessage message = CefScanner.scan(HEADER + "msg=say \"hi\" now act=b");

        assertEquals(List.of(entry("msg", "say \"hi\" now"), entry("act", "b")), entries(message));
    }

    @Test
    void unterminatedQuoteIsReadAsText() {
        CefMessage message = CefScanner.scan(HEADER + "msg=\"abc act=b cs1=\"x\"y");

        assertEquals(List.of(entry("msg", "\"abc"), entry("act", "b"), entry("cs1", "\"x\"y")), entries(message));
    }

    @Test
    void textWithoutKeyIsSkipped() {
        String line = HEADER + "garbage here src=10.0.0.1";
        CefMessage message = CefScanner.scan(line);

        assertEquals(List.of(entry("src", "10.0.0.1")), entries(message));
        assertEquals(List.of("text without a key skipped at position " + HEADER.length() + ": 'garbage here'"),
                message.warnings());
    }

    @Test
    void keylessValueIsSkipped() {
        CefMessage message = CefScanner.scan(HEADER + "=abc");

        assertEquals(Map.of(), message.extensions());
        assertEquals(List.of("text without a key skipped at position " + HEADER.length() + ": '=abc'"),
                message.warnings());
    }

    @Test
    void duplicateKeyLastValueWins() {
        CefMessage message = CefScanner.scan(HEADER + "a=1 b=2 a=3");

        assertEquals(List.of(entry("a", "3"), entry("b", "2")), entries(message));
        assertEquals(List.of("duplicate key 'a' at position " + (HEADER.length() + 8) + ": the last value wins"),
                message.warnings());
    }

    @Test
    void tooManyExtensionsAreCapped() {
        StringBuilder line = new StringBuilder(HEADER);
        for (int i = 0; i < CefScanner.MAX_EXTENSIONS + 5; i++) {
            line.append("k").append(i).append("=v").append(i).append(' ');
        }
        CefMessage message = CefScanner.scan(line.toString());

        assertEquals(CefScanner.MAX_EXTENSIONS, message.extensions().size());
        assertEquals("v999", message.extensions().get("k999"));
        assertEquals(List.of("too many extensions: kept the first 1000, ignored the rest from position "
                + (line.indexOf(" k1000=") + 1)), message.warnings());
    }

    @Test
    void warningsAreCapped() {
        CefMessage message = CefScanner.scan(HEADER + " k=v".repeat(100_000));

        assertEquals(Map.of("k", "v"), message.extensions());
        assertEquals(CefScanner.MAX_WARNINGS + 1, message.warnings().size());
        assertEquals("duplicate key 'k' at position " + (HEADER.length() + 5) + ": the last value wins",
                message.warnings().get(0));
        assertEquals(CefScanner.TOO_MANY_WARNINGS, message.warnings().get(CefScanner.MAX_WARNINGS));
    }

    @Test
    void valuesAtAndBeyondDictionaryLengthsSurvive() {
        String atLimit = "x".repeat(4000);
        String beyond = "y".repeat(70_000);
        CefMessage message = CefScanner.scan(HEADER + "cs1=" + atLimit + " cs2=" + beyond + " act=z");

        assertEquals(atLimit, message.extensions().get("cs1"));
        assertEquals(beyond, message.extensions().get("cs2"));
        assertEquals("z", message.extensions().get("act"));
    }

    @Test
    void invalidUtf8ArrivesAsReplacementCharacters() {
        byte[] shiftJis = (HEADER + "msg=\u65e5\u672c\u8a9e act=x").getBytes(Charset.forName("Shift_JIS"));
        String decoded = new String(shiftJis, StandardCharsets.UTF_8);
        CefMessage message = CefScanner.scan(decoded);

        assertNull(message.error());
        assertEquals("x", message.extensions().get("act"));
        assertEquals(true, message.extensions().get("msg").indexOf('\uFFFD') >= 0);
    }

    @Test
    void messageCutByARelayKeepsWhatArrived() {
        String line = HEADER + "src=10.0.0.1 msg=" + "m".repeat(2000) + " act=blocked";
        CefMessage cutInValue = CefScanner.scan(line.substring(0, 1024));
        CefMessage cutInHeader = CefScanner.scan(line.substring(0, 20));

        assertNull(cutInValue.error());
        assertEquals(line.substring(line.indexOf("msg=") + 4, 1024), cutInValue.extensions().get("msg"));
        assertEquals("10.0.0.1", cutInValue.extensions().get("src"));
        assertEquals("incomplete CEF header: found 2 of 7 pipe-terminated fields at position 20", cutInHeader.error());
    }

    @Test
    void twoMessagesWithoutDelimiterEndUpInTheLastValue() {
        CefMessage message = CefScanner.scan(HEADER + "act=x CEF:0|V|P|1|2|N|3|src=1.2.3.4");

        assertEquals(List.of(entry("act", "x CEF:0|V|P|1|2|N|3|src=1.2.3.4")), entries(message));
        assertEquals(1, message.warnings().size());
    }

    @Test
    void knownKeysAreTheDictionarysOwnStrings() {
        CefMessage message = CefScanner.scan(HEADER + "src=10.0.0.1 vendorKey=1");
        List<String> keys = new ArrayList<>(message.extensions().keySet());

        assertEquals(true, keys.get(0) == CefKeyDictionary.standard().get("src").shortName());
        assertEquals("vendorKey", keys.get(1));
    }

    private static List<Map.Entry<String, String>> entries(CefMessage message) {
        return new ArrayList<>(message.extensions().entrySet());
    }
}
