package io.github.ecsbridge.cli;

import io.github.ecsbridge.samples.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code listen}: runs the {@code cefsyslog} input and the filters, printing one JSON document per event. */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Receives syslog with the cefsyslog input and prints one ECS document (JSON) per event until "
                + "interrupted.")
final class ListenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "5514", description = "Port for every protocol (default ${DEFAULT-VALUE}).")
    long port;

    @Option(names = "--protocols", defaultValue = "tcp,udp", split = ",",
            description = "tcp, udp or both (default ${DEFAULT-VALUE}); with --ssl-certificate, tcp speaks TLS.")
    List<String> protocols;

    @Option(names = "--ssl-certificate", paramLabel = "PEM", description = "Server certificate chain: enables TLS.")
    String sslCertificate;

    @Option(names = "--ssl-key", paramLabel = "PEM", description = "Private key of the server certificate (PKCS#8).")
    String sslKey;

    @Option(names = "--ssl-key-passphrase", paramLabel = "SECRET", description = "Passphrase of an encrypted key.")
    String sslKeyPassphrase;

    @Option(names = "--ssl-certificate-authorities", paramLabel = "PEM", split = ",",
            description = "CA certificates that client certificates must chain to.")
    List<String> sslCertificateAuthorities;

    @Option(names = "--ssl-client-authentication", paramLabel = "MODE",
            description = "none, optional or required (needs --ssl-certificate-authorities).")
    String sslClientAuthentication;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Zone of timestamps that carry none (default ${DEFAULT-VALUE}).")
    String timezone;

    @Option(names = "--log-type", paramLabel = "TYPE", description = "Cisco ESA log type of lines without a header.")
    String logType;

    @Option(names = "--preserve-original", description = "Keep each raw frame in event.original.")
    boolean preserveOriginal;

    @Override
    public Integer call() throws InterruptedException {
        LogstashRuntime runtime = new LogstashRuntime(timezone, logType);
        Summary summary = new Summary();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputRunner runner = new InputRunner(inputOptions(), runtime, document -> {
            String line = Json.toLine(document);
            synchronized (out) {
                out.println(line);
                out.flush();
            }
            summary.count(document);
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
                summary.print(err);
                err.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "cefsyslog-shutdown"));
        runner.start().forEach((transport, address) ->
                err.printf("listening on %s %s%n", transport.label(), address));
        err.flush();
        stopped.await();
        return 0;
    }

    private Map<String, Object> inputOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("host", host);
        options.put("port", port);
        options.put("protocols", new ArrayList<Object>(protocols));
        options.put("timezone", timezone);
        options.put("preserve_original", preserveOriginal);
        if (sslCertificate != null) {
            options.put("ssl_enabled", true);
            options.put("ssl_certificate", sslCertificate);
            options.put("ssl_key", sslKey);
        }
        if (sslKeyPassphrase != null) {
            options.put("ssl_key_passphrase", sslKeyPassphrase);
        }
        if (sslCertificateAuthorities != null) {
            options.put("ssl_certificate_authorities", new ArrayList<Object>(sslCertificateAuthorities));
        }
        if (sslClientAuthentication != null) {
            options.put("ssl_client_authentication", sslClientAuthentication);
        }
        return options;
    }
}
