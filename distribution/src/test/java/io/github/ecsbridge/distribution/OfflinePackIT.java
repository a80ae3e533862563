package io.github.ecsbridge.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Checks the zip that {@code bin/logstash-plugin install file:///…/pack.zip} installs on hosts without internet. */
class OfflinePackIT {

    @Test
    void packHoldsExactlyTheThreeGemsUnderLogstash() throws IOException {
        Set<String> expected = new TreeSet<>();
        ShippedPlugin.ALL.forEach(plugin -> expected.add("logstash/" + plugin.gemFileName()));

        Set<String> files = new TreeSet<>();
        List<String> directories = new ArrayList<>();
        try (ZipFile pack = new ZipFile(BuildOutput.offlinePack().toFile())) {
            for (ZipEntry entry : pack.stream().toList()) {
                (entry.isDirectory() ? directories : files).add(entry.getName());
            }
        }
        assertEquals(expected, files);
        assertEquals(Set.of(), Set.copyOf(directories.stream().filter(name -> !name.equals("logstash/")).toList()));
    }

    @Test
    void packedGemsAreTheBuiltGems() throws IOException {
        try (ZipFile pack = new ZipFile(BuildOutput.offlinePack().toFile())) {
            for (ShippedPlugin plugin : ShippedPlugin.ALL) {
                ZipEntry entry = pack.getEntry("logstash/" + plugin.gemFileName());
                try (InputStream packed = pack.getInputStream(entry)) {
                    assertArrayEquals(Files.readAllBytes(plugin.gemFile()), packed.readAllBytes(), plugin.gem());
                }
            }
        }
    }
}
