package io.github.ecsbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notify}: the executable for Kaspersky Security Center's "run an executable file" notifications. It turns the
 * event placeholders into one CEF syslog message and sends it to a {@code cefsyslog} input over TCP or TLS.
 */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = "Sends one Kaspersky Security Center notification as CEF syslog (octet counting) over TCP or "
                + "TLS. Give the KSC placeholders as option values, e.g. --computer \"%%COMPUTER%%\".")
final class NotifyCommand implements Callable<Integer> {

    @Option(names = "--host", required = true, description = "Host of the cefsyslog input.")
    String host;

    @Option(names = "--port", defaultValue = "5514", description = "Port of the cefsyslog input (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--ssl-certificate-authorities", paramLabel = "PEM",
            description = "CA certificate(s) the input's certificate must chain to: sends over TLS.")
    Path certificateAuthorities;

    @Option(names = "--ksc-version", defaultValue = "", description = "Security Center version for the CEF header.")
    String kscVersion;

    @Option(names = "--event-type", description = "Event type code (e.g. GNRL_EV_VIRUS_FOUND); KSC does not pass it.")
    String eventType;

    @Option(names = "--severity", description = "%%SEVERITY%%") String severity;
    @Option(names = "--computer", description = "%%COMPUTER%%") String computer;
    @Option(names = "--domain", description = "%%DOMAIN%%") String domain;
    @Option(names = "--event", required = true, description = "%%EVENT%%") String event;
    @Option(names = "--description", description = "%%DESCR%%") String description;
    @Option(names = "--rise-time", description = "%%RISE_TIME%%") String riseTime;
    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Zone of a %%RISE_TIME%% without offset: the KSC server's (default: this machine's).")
    ZoneId timezone = ZoneId.systemDefault();
    @Option(names = "--task", description = "%%KLCSAK_EVENT_TASK_DISPLAY_NAME%%") String task;
    @Option(names = "--product", description = "%%KL_PRODUCT%%") String product;
    @Option(names = "--product-version", description = "%%KL_VERSION%%") String productVersion;
    @Option(names = "--host-ip", description = "%%HOST_IP%%") String hostIp;
    @Option(names = "--host-conn-ip", description = "%%HOST_CONN_IP%%") String hostConnectionIp;

    @Override
    public Integer call() throws IOException, GeneralSecurityException {
        String time = riseTime == null ? null : RiseTime.toCefTime(riseTime, timezone);
        KscNotification notification = new KscNotification(severity, computer, domain, event, description, time,
                task, product, productVersion, hostIp, hostConnectionIp);
        String frame = notification.toSyslog(localHostname(), Instant.now(), kscVersion, eventType);
        byte[] payload = frame.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            // RFC 6587 octet counting: the frame may contain anything, its length says where it ends.
            out.write((payload.length + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            socket.shutdownOutput();
            drain(socket.getInputStream());
        }
        return 0;
    }

    private Socket connect() throws IOException, GeneralSecurityException {
        if (certificateAuthorities == null) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 10_000);
            return socket;
        }
        SSLSocket socket = (SSLSocket) tlsContext().getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress(host, port), 10_000);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private SSLContext tlsContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificateAuthorities)) {
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + index++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void drain(InputStream in) throws IOException {
        // Waiting for the input to close its side makes sure the frame was read before the process exits.
        byte[] sink = new byte[256];
        while (in.read(sink) >= 0) {
            // the input never answers; nothing to keep
        }
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "-";
        }
    }
}
