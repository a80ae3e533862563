package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Log type and host from the names of FTP-pushed ESA files. */
class LogFileNameTest {

    @Test
    void typeAloneOrWithHost() {
        assertEquals(new LogFileName("mail_logs", null),
                LogFileName.parse("/var/log/esa/mail_logs.@20220317T182437.s"));
        assertEquals(new LogFileName("authentication", "esa1.example.com"),
                LogFileName.parse("C:\\esa\\authentication.esa1.example.com.@123456789.s"));
    }

    @Test
    void otherNamesGiveNothing() {
        assertEquals(new LogFileName(null, null), LogFileName.parse("/var/log/esa/mail_logs.log"));
        assertEquals(new LogFileName(null, null), LogFileName.parse("/var/log/esa/mail-logs.@2022.s"));
        assertEquals(new LogFileName(null, null), LogFileName.parse(null));
    }
}
