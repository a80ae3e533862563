package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CefWriterTest {

    @Test
    void headerPipesAndBackslashesAreEscaped() {
        assertEquals("CEF:0|Ven\\|dor|Pro\\\\duct|1.0|sig|a name|5|",
                CefWriter.write("Ven|dor", "Pro\\duct", "1.0", "sig", "a name", "5", Map.of()));
    }

    @Test
    void extensionEqualsBackslashesAndLineBreaksAreEscapedAndEmptyValuesLeftOut() {
        Map<String, String> extensions = new LinkedHashMap<>();
        extensions.put("msg", "a=b\\c\r\nnext line");
        extensions.put("dhost", "");
        extensions.put("cs1", "Update | daily");
        extensions.put("cs1Label", "TaskName");

        assertEquals("CEF:0|V|P|1|s|n|1|msg=a\\=b\\\\c\\r\\nnext line cs1=Update | daily cs1Label=TaskName",
                CefWriter.write("V", "P", "1", "s", "n", "1", extensions));
    }

    @Test
    void whatIsWrittenScansBackToTheSameValues() {
        Map<String, String> extensions = new LinkedHashMap<>();
        extensions.put("msg", "Объект: C:\\Users\\a=b\nstrength=100%");
        extensions.put("dhost", "WS-01");
        String line = CefWriter.write("KasperskyLab", "SecurityCenter", "", "Event | type", "Name", "Critical",
                extensions);

        CefMessage message = CefScanner.scan(line);

        assertEquals("Event | type", message.deviceEventClassId());
        assertEquals("Critical", message.severity());
        assertEquals(extensions, message.extensions());
    }
}
