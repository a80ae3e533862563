package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BoundedMemoryTest {

    @Test
    void remembersUpToItsCapacityThenStartsOver() {
        BoundedMemory<String, Integer> memory = new BoundedMemory<>(2);
        memory.remember("a", 1);
        memory.remember("b", 2);
        assertEquals(2, memory.get("b"));
        memory.remember("c", 3);
        assertEquals(1, memory.size());
        assertNull(memory.get("a"));
        assertEquals(3, memory.get("c"));
    }
}
