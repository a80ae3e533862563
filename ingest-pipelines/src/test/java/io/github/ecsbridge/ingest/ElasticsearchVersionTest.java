package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElasticsearchVersionTest {

    @Test
    void releaseAndSnapshotNumbersParse() {
        assertEquals(new ElasticsearchVersion(8, 19, 21), ElasticsearchVersion.parse("8.19.21"));
        assertEquals(new ElasticsearchVersion(9, 1, 0), ElasticsearchVersion.parse("9.1.0-SNAPSHOT"));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ElasticsearchVersion.parse("7.9.3").compareTo(ElasticsearchVersion.MINIMUM) < 0);
        assertTrue(ElasticsearchVersion.parse("7.10.2").compareTo(ElasticsearchVersion.MINIMUM) > 0);
        assertTrue(ElasticsearchVersion.parse("10.0.0").compareTo(ElasticsearchVersion.parse("9.99.99")) > 0);
    }

    @Test
    void otherTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElasticsearchVersion.parse("8.x"));
        assertEquals("not an Elasticsearch version: '8.x'", e.getMessage());
    }
}
