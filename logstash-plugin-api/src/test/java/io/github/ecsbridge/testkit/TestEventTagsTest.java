package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestEventTagsTest {

    @Test
    void tagsAcceptAStringAListOfStringsOrNull() {
        TestEvent event = new TestEvent();
        event.setField("tags", "one");
        assertEquals("one", event.getField("tags"));
        event.setField("tags", List.of("one", "two"));
        assertEquals(List.of("one", "two"), event.getField("tags"));
        event.setField("tags", null);
        assertNull(event.getField("tags"));
    }

    @Test
    void tagsRejectOtherValuesWithLogstashMessage() {
        TestEvent event = new TestEvent();
        InvalidTagsTypeException e = assertThrows(InvalidTagsTypeException.class,
                () -> event.setField("tags", List.of("ok", 1L)));
        assertEquals("Could not set the reserved tags field '[tags]' to value '[ok, 1]'. "
                + "The tags field only accepts string or array of string.", e.getMessage());
        assertThrows(InvalidTagsTypeException.class, () -> event.setField("[tags]", Map.of("k", "v")));
        assertThrows(InvalidTagsTypeException.class, () -> event.setField("tags", 5L));
    }

    @Test
    void referencesInsideTagsAreRejected() {
        TestEvent event = new TestEvent();
        InvalidTagsTypeException e = assertThrows(InvalidTagsTypeException.class,
                () -> event.setField("[tags][foo]", "bar"));
        assertEquals("Could not set the reserved tags field '[tags][foo]' to value 'bar'. "
                + "The tags field only accepts string or array of string.", e.getMessage());
    }

    @Test
    void tagAppendsWithoutDuplicates() {
        TestEvent event = new TestEvent();
        event.tag("a");
        event.tag("b");
        event.tag("a");
        assertEquals(List.of("a", "b"), event.getField("tags"));
    }

    @Test
    void tagTurnsASingleStringTagIntoAListOnlyForANewTag() {
        TestEvent event = new TestEvent(Map.of("tags", "a"));
        event.tag("a");
        assertEquals("a", event.getField("tags"));
        event.tag("b");
        assertEquals(List.of("a", "b"), event.getField("tags"));
    }

    @Test
    void invalidTagsInTheInputMapAreMovedAsideAndTagged() {
        TestEvent event = new TestEvent(Map.of("tags", Map.of("poison", "true")));
        assertEquals(List.of(TestEvent.TAGS_FAILURE_TAG), event.getField("tags"));
        assertEquals("true", event.getField("[_tags][0][poison]"));
    }
}
