package io.github.ecsbridge.cefsyslog;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Certificates made at test time, written as PEM files: a CA; a server certificate for 127.0.0.1 and localhost with
 * its key plain and encrypted; a client certificate from the same CA; and a stranger client from another CA.
 * Shipped in this module's test-jar for other modules' TLS tests.
 */
public final class TestCertificates {

    public static final String PASSPHRASE = "s3cret-Passphrase";
    private static final char[] STORE_PASSWORD = "store".toCharArray();

    public final Path caCertificate;
    public final Path serverCertificate;
    public final Path serverKey;
    public final Path serverEncryptedKey;
    public final Path serverRsaKey;
    public final Path clientCertificate;
    public final Path clientKey;
    private final X509Certificate ca;
    private final X509Certificate client;
    private final PrivateKey clientPrivateKey;
    private final X509Certificate stranger;
    private final PrivateKey strangerPrivateKey;

    private TestCertificates(Path dir) throws Exception {
        KeyPair caKeys = ecKeys();
        ca = certificate("CN=ECS Bridge Test CA", caKeys, "CN=ECS Bridge Test CA", caKeys.getPrivate(), true, null);
        KeyPair serverKeys = ecKeys();
        X509Certificate server = certificate("CN=localhost", serverKeys, "CN=ECS Bridge Test CA",
                caKeys.getPrivate(), false, KeyPurposeId.id_kp_serverAuth);
        KeyPair clientKeys = ecKeys();
        client = certificate("CN=known client", clientKeys, "CN=ECS Bridge Test CA", caKeys.getPrivate(), false,
                KeyPurposeId.id_kp_clientAuth);
        clientPrivateKey = clientKeys.getPrivate();
        KeyPair otherCaKeys = ecKeys();
        KeyPair strangerKeys = ecKeys();
        stranger = certificate("CN=stranger", strangerKeys, "CN=Other CA", otherCaKeys.getPrivate(), false,
                KeyPurposeId.id_kp_clientAuth);
        strangerPrivateKey = strangerKeys.getPrivate();

        caCertificate = write(dir.resolve("ca.crt"), pem("CERTIFICATE", ca.getEncoded()));
        serverCertificate = write(dir.resolve("server.crt"), pem("CERTIFICATE", server.getEncoded()));
        serverKey = write(dir.resolve("server.key"), pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
        serverEncryptedKey = write(dir.resolve("server-encrypted.key"), encrypted(serverKeys.getPrivate()));
        serverRsaKey = write(dir.resolve("server-pkcs1.key"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----\n");
        clientCertificate = write(dir.resolve("client.crt"), pem("CERTIFICATE", client.getEncoded()));
        clientKey = write(dir.resolve("client.key"), pem("PRIVATE KEY", clientPrivateKey.getEncoded()));
    }

    public static TestCertificates create(Path dir) throws Exception {
        return new TestCertificates(dir);
    }

    /** A client context trusting the CA, presenting the known client certificate, the stranger's, or none. */
    public SSLContext clientContext(ClientIdentity identity, String protocol) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        if (identity == ClientIdentity.KNOWN) {
            keys.setKeyEntry("client", clientPrivateKey, STORE_PASSWORD, new Certificate[] {client});
        } else if (identity == ClientIdentity.STRANGER) {
            keys.setKeyEntry("client", strangerPrivateKey, STORE_PASSWORD, new Certificate[] {stranger});
        }
        keyManagers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    /** Which certificate a test client presents. */
    public enum ClientIdentity {
        NONE,
        KNOWN,
        STRANGER
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
                                               boolean authority, KeyPurposeId purpose) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(System.nanoTime() & 0xffff)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(2))),
                new X500Name(subject), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (authority) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    /** PKCS#8 encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), as {@code openssl pkcs8 -topk8 -v2 aes256}. */
    private static String encrypted(PrivateKey key) throws Exception {
        JceOpenSSLPKCS8EncryptorBuilder encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setPassword(PASSPHRASE.toCharArray())
                .setPRF(PKCS8Generator.PRF_HMACSHA256)
                .setProvider(new BouncyCastleProvider());
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(key, encryptor.build()));
        }
        return text.toString();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static Path write(Path file, String text) throws Exception {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
