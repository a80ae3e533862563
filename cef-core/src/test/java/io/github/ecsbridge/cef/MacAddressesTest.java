package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** MAC addresses in the usual spellings become upper-case, dash-separated pairs. */
class MacAddressesTest {

    @Test
    void separatedPairs() {
        assertEquals("00-0D-60-AF-1B-61", MacAddresses.normalize("00:0d:60:af:1b:61"));
        assertEquals("00-0D-60-AF-1B-61", MacAddresses.normalize("00-0D-60-AF-1B-61"));
        assertEquals("00-0D-60-AF-1B-61", MacAddresses.normalize("0:d:60:af:1b:61"));
    }

    @Test
    void ciscoDottedQuads() {
        assertEquals("00-0D-60-AF-1B-61", MacAddresses.normalize("000d.60af.1b61"));
    }

    @Test
    void bareHexWithoutSeparators() {
        assertEquals("00-0D-60-AF-1B-61", MacAddresses.normalize("000D60AF1B61"));
    }

    @Test
    void eui64() {
        assertEquals("00-0D-60-FF-FE-AF-1B-61", MacAddresses.normalize("00:0d:60:ff:fe:af:1b:61"));
        assertEquals("00-0D-60-FF-FE-AF-1B-61", MacAddresses.normalize("000D60FFFEAF1B61"));
    }

    @Test
    void otherTextIsRefused() {
        for (String bad : new String[] {"00:0d:60:af:1b", "00:0d:60:af:1b:61:22", "00:0d-60:af:1b:61", "000:d:60:af:1b:61",
                "00:0g:60:af:1b:61", "000D60AF1B6", "00:0d:60:af:1b:", "", "000d.60af", "\u0660\u0660:0d:60:af:1b:61"}) {
            assertNull(MacAddresses.normalize(bad), bad);
        }
    }
}
