package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ecsbridge.kaspersky.TestLines.field;
import static io.github.ecsbridge.kaspersky.TestLines.mapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Custom fields are resolved by label, whatever slot, case or spelling the product uses. */
class LabelResolverTest {

    private static final String KSMG = "CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.1.0.1|";
    private static final String KATA = "CEF:0|AO Kaspersky Lab|Kaspersky Anti Targeted Attack Platform|7.1.1.531|";
    private static final String KSC = "CEF:0|KasperskyLab|SecurityCenter|15.1.0.20748|";

    @Test
    void theSameLabelInAnotherSlotMapsToTheSameField() {
        Map<String, Object> cs5 = mapped(KSC + "KLPRCI_TaskState|Done|1|cs5=Update cs5Label=TaskName");
        Map<String, Object> cs10 = mapped(KSC + "KLPRCI_TaskState|Done|1|cs10=Update cs10Label=TaskName");
        assertEquals(Map.of("ksc", Map.of("task_name", "Update")), cs5.get("kaspersky"));
        assertEquals(Map.of("ksc", Map.of("task_name", "Update")), cs10.get("kaspersky"));
    }

    @Test
    void labelKeysAndLabelsAreMatchedWhateverTheirCaseAndSpacing() {
        Map<String, Object> document = mapped(KSMG + "LMS_AUDIT_AUTHENTICATION|Authentication|Low|"
                + "cn2=2 cn2label=TotalEventParts cs1=Local cs1Label=auth type c6a2=2001:db8::15 "
                + "c6a2Label=SourceIPv6 Address");
        assertEquals(Map.of("ksmg", Map.of("event_total_parts", 2L, "auth_type", "Local")),
                document.get("kaspersky"));
        assertEquals("2001:db8::15", field(document, "source.ip"));
    }

    @Test
    void misspelledLabelOfTheHelpIsAccepted() {
        Map<String, Object> document = mapped(KSMG + "LMS_EV_MTA_MESSAGE_FLUSH|Flushed|Low|"
                + "cn1=1048 cn1Label=QueueMessageld");
        assertEquals(Map.of("ksmg", Map.of("queue_message_id", "1048")), document.get("kaspersky"));
    }

    @Test
    void labelKeyWithoutSlotNumberLabelsTheOnlyUnlabelledSlotOfItsFamily() {
        Map<String, Object> document = mapped(KSMG + "LMS_EV_SETTINGS_CHANGED|changed|Low|"
                + "cn1=3 cn1Label=TaskId cs1=Anti-Spam csLabel=TaskName act=changed");
        assertEquals(Map.of("ksmg", Map.of("task_id", "3", "task_name", "Anti-Spam")), document.get("kaspersky"));
    }

    @Test
    void kataLabelKeysCarryValuesAndTheirSlotsAreMappedBySlot() {
        Map<String, Object> sandbox = mapped(KATA + "vm|Managing virtual machines|Low|"
                + "cs1=installing the default image cs1label=CentOS7_x64");
        assertEquals(Map.of("kata", Map.of("object", "CentOS7_x64")), sandbox.get("kaspersky"));
        assertEquals("installing the default image", field(sandbox, "event.action"));
        Map<String, Object> alert = mapped(KATA + "file_web|File from web detected|High|"
                + "cs3=202604250300 cs3Label=Win10_x64");
        assertEquals(Map.of("kata", Map.of("database_version", "202604250300", "vm_name", "Win10_x64")),
                alert.get("kaspersky"));
    }

    @Test
    void labelsSentAsKeysByARelayAreResolvedAsLabels() {
        Map<String, Object> document = mapped("CEF:0|Graylog|graylog-output-syslog:cefsender|4.0|"
                + "GNRL_EV_ATTACK_DETECTED|Network attack detected|4|ProductName=KES AttackedIP=3232245874");
        assertEquals(Map.of("ksc", Map.of("product_name", "KES", "attacker_ip", "3232245874")),
                document.get("kaspersky"));
        assertEquals("192.168.40.114", field(document, "source.ip"));
    }

    @Test
    void labelsNoTableKnowsNameAVendorFieldInSnakeCase() {
        Map<String, Object> document = mapped(KSC + "KLSRV_SOMETHING|Something|1|"
                + "cs7=30 cs7Label=DaysLeft cn3=5 cn3Label=Hosts Not Visible flexString1=x flexString1Label=***");
        assertEquals(Map.of("ksc", Map.of("days_left", "30", "hosts_not_visible", 5L)), document.get("kaspersky"));
    }

    @Test
    void surroundingQuotesAreRemovedFromValuesAndLabels() {
        Map<String, Object> document = mapped(KSMG + "LMS_EV_SCAN_LOGIC_AS_STATUS|AS|Low|"
                + "cs1=\"4dLr\" cs1Label=\"MessageId\" duser=\"a@example.com, b@example.com\"");
        assertEquals(Map.of("ksmg", Map.of("message_id", "4dLr")), document.get("kaspersky"));
        assertEquals(List.of("a@example.com", "b@example.com"), field(document, "email.to.address"));
    }

    @Test
    void emptyValuesAndLabelsWithoutSlotsWriteNothing() {
        Map<String, Object> document = mapped(KSMG + "LMS_EV_BACKUP_ALMOST_FULL|Backup|Medium|"
                + "cn3Label=MessageCount reason= cs1= cs1Label=MessageId");
        assertNull(document.get("kaspersky"));
        assertNull(field(document, "event.reason"));
    }
}
