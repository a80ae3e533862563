package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The field files generated from tables, by resource name; {@code main} rewrites them in a source tree. */
final class GeneratedFieldFiles {

    private GeneratedFieldFiles() {
    }

    static Map<String, String> generate() {
        return Map.of(CefFieldsGenerator.FILE, CefFieldsGenerator.generate(),
                KasperskyFieldsGenerator.FILE, KasperskyFieldsGenerator.generate());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GeneratedFieldFiles <src/main/resources directory>");
        }
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Path target = Path.of(args[0]).resolve(file.getKey());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target);
        }
    }
}
