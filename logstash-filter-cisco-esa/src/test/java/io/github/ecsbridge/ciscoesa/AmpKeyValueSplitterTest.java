package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AMP key/value lists: commas separate entries only before known keys (issue 20301). */
class AmpKeyValueSplitterTest {

    private static final AmpKeyValueSplitter SPLITTER =
            new AmpKeyValueSplitter(List.of("File Name", "MID", "File Size", "Malware", "Reputation Score",
                    "Spyname"));

    @Test
    void commasColonsAndEqualsInsideValuesStay() {
        assertEquals(List.of("File Name=Report,Final Draft: Q3 $305,052.20 | a=b.pdf", "MID=42", "File Size=10 bytes"),
                split("File Name = Report,Final Draft: Q3 $305,052.20 | a=b.pdf, MID = 42, File Size = 10 bytes",
                        false));
    }

    @Test
    void commaWithoutSpaceBeforeAKeyStillSeparates() {
        assertEquals(List.of("Malware=W32.061DEF69B5-100.SBX.TG", "Reputation Score=73"),
                split("Malware = W32.061DEF69B5-100.SBX.TG,Reputation Score = 73", false));
    }

    @Test
    void colonSeparatesOnlyWhenAllowed() {
        assertEquals(List.of("MID=5", "Spyname=W32.X."), split("MID: 5, Spyname: W32.X.", true));
        assertEquals(List.of(), split("MID: 5, Spyname: W32.X.", false));
    }

    @Test
    void unknownKeysAreSkipped() {
        assertEquals(List.of("MID=5"), split("Upload Action = 1, MID = 5", false));
    }

    private static List<String> split(String text, boolean colon) {
        List<String> entries = new ArrayList<>();
        SPLITTER.split(text, colon, (key, value) -> entries.add(key + "=" + value));
        return entries;
    }
}
