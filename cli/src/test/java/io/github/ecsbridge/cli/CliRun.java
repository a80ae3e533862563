package io.github.ecsbridge.cli;

import io.github.ecsbridge.samples.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One run of the command line with its exit code, standard output and standard error captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EcsBridgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Standard output read as one JSON document per line. */
    List<Map<String, Object>> documents() {
        return out.lines().filter(line -> !line.isBlank()).map(Json::parseObject).toList();
    }
}
