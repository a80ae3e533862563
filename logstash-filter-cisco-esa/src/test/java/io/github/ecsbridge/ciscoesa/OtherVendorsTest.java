package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.samples.GoldenAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherVendorsTest {

    private static final OtherVendors OTHER_VENDORS = new OtherVendors(GoldenAssert.CLOCK);

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '¦', value = {
        "CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.0|LMS_EV_X|x|3|a=b ¦ true",
        "<134>Apr 29 07:44:12 kata-cn01 CEF:0|AO Kaspersky Lab|KATA|7.1|x|x|3| ¦ true",
        "<22>Mar 12 04:00:00 ksmg01 KSMG: CEF:0|AO Kaspersky Lab|KSMG|2.1|x|x|3| ¦ true",
        "<29>1 2022-03-18T18:08:08.000Z ksc01 KSC - - - CEF:0|KasperskyLab|SecurityCenter|15|x|x|1| ¦ true",
        "'  CEF:0|Acme\\|Corp|Firewall|1|x|x|3|' ¦ true",
        "CEF:0|Cisco|C390 Email Security Appliance|15.0.0-068|ESA_CONSOLIDATED_LOG_EVENT|x|5| ¦ false",
        "<14>Jul 24 09:41:35 esa3 consolidated_event: CEF:0|Cisco|C100V|15.0.0-104|x|x|5| ¦ false",
        "<14>Jul 24 09:42:01 SplunkGIS: CEF:0| cisco |C390|15.0.0-068|x|x|5| ¦ false",
        "<14>Jul 24 09:43:00 consolidated_event: Jul 24 09:42:58 CEF:0|Acme|X|1|x|x|5| ¦ false",
        "<166>Sep 12 11:00:00 mail_logs: Info: MID 7 Subject 'CEF:0|Acme|Firewall|1|2|x|3|' ¦ false",
        "<166>Mar 17 18:24:37 esa1 mail_logs: Info: MID 6 ICID 5 From: <a@example.com> ¦ false",
        "CEF:0|Acme ¦ false",
        "' ' ¦ false",
        "<34>1 2026-05-30T09:21:00.000Z web01.example.com sshd 4242 - - Accepted publickey for alice ¦ true",
        "\uFEFF<34>1 2026-05-30T09:21:00.000Z web01 sshd - - - x ¦ true",
        "<29>1 2026-05-18T14:20:00.000Z ksc01 KES|11.0.0.0 - KLSRV_HOST_STATUS_CRITICAL - Critical ¦ true",
        "<13>May 18 14:00:00 mail postfix/smtpd[42]: connect from unknown[192.0.2.1] ¦ false",
        "<166>1 apple a day: Info: not RFC 5424 ¦ false",
    })
    void rawLineIsAnotherVendorsWhenRfc5424OrWhenItsPayloadOpensWithAForeignCefHeader(String line, boolean other) {
        assertEquals(other, OTHER_VENDORS.isOtherVendorsLine(line));
    }

    @Test
    void nullLineIsNotAnotherVendors() {
        assertEquals(false, OTHER_VENDORS.isOtherVendorsLine(null));
    }

    @Test
    void decodedVendorOtherThanCiscoOrMissingIsAnotherVendors() {
        assertEquals(false, OtherVendors.isOtherVendor("Cisco"));
        assertEquals(false, OtherVendors.isOtherVendor(" CISCO "));
        assertEquals(true, OtherVendors.isOtherVendor("AO Kaspersky Lab"));
        assertEquals(true, OtherVendors.isOtherVendor(null));
    }

    @Test
    void onlyAnotherModuleMeansAnotherFilterMappedTheEvent() {
        assertEquals(true, OtherVendors.mappedByAnotherModule("kaspersky"));
        assertEquals(false, OtherVendors.mappedByAnotherModule("cisco_secure_email_gateway"));
        assertEquals(false, OtherVendors.mappedByAnotherModule(null));
    }
}
