package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksumsYamlTest {

    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String ABC_SHA512 = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String EMPTY_SHA512 = "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
            + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";

    @Test
    void rendersBothDigestsOfEveryMemberInOrder() {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("metadata.gz", "abc".getBytes(StandardCharsets.US_ASCII));
        members.put("data.tar.gz", new byte[0]);

        assertEquals("---\n"
                + "SHA256:\n"
                + "  metadata.gz: '" + ABC_SHA256 + "'\n"
                + "  data.tar.gz: '" + EMPTY_SHA256 + "'\n"
                + "SHA512:\n"
                + "  metadata.gz: '" + ABC_SHA512 + "'\n"
                + "  data.tar.gz: '" + EMPTY_SHA512 + "'\n", ChecksumsYaml.render(members));
    }

    @Test
    void parsesQuotedAndPlainDigests() {
        Map<String, Map<String, String>> parsed = ChecksumsYaml.parse("---\n"
                + "SHA256:\n"
                + "  metadata.gz: '" + ABC_SHA256 + "'\n"
                + "  data.tar.gz: " + EMPTY_SHA256 + "\n"
                + "SHA512:\n"
                + "  metadata.gz: \"" + ABC_SHA512 + "\"\n");

        assertEquals(Map.of(
                "SHA256", Map.of("metadata.gz", ABC_SHA256, "data.tar.gz", EMPTY_SHA256),
                "SHA512", Map.of("metadata.gz", ABC_SHA512)), parsed);
    }

    @Test
    void lineOutsideTheTwoLevelMappingIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChecksumsYaml.parse("---\n- SHA256\n"));
        assertEquals("[checksums] cannot read line 2: '- SHA256'", e.getMessage());
    }
}
