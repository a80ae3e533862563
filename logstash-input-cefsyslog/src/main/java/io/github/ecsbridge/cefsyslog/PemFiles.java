package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Password;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM files with JDK classes only: X.509 certificates, and PKCS#8 private keys, plain ({@code PRIVATE KEY}) or
 * encrypted ({@code ENCRYPTED PRIVATE KEY}, PBES2 or any PBE scheme the JDK knows). Reading the key ourselves keeps the
 * behaviour the same whether or not Bouncy Castle happens to be on Logstash's class path. Errors name the option.
 */
final class PemFiles {

    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA"};
    private static final String PBES2_OID = "1.2.840.113549.1.5.13";

    private PemFiles() {
    }

    /** Every certificate in the file, in order; at least one. */
    static List<X509Certificate> certificates(String option, Path file) {
        List<byte[]> blocks = blocks(option, file, "CERTIFICATE");
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] no PEM certificate found in '" + file + "'");
        }
        List<X509Certificate> certificates = new ArrayList<>(blocks.size());
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : blocks) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "[" + option + "] invalid certificate in '" + file + "': " + e.getMessage(), e);
        }
        return certificates;
    }

    /** The first private key in the file; {@code passphrase} is needed when it is encrypted. */
    static PrivateKey privateKey(String option, Path file, String passphraseOption, Password passphrase) {
        List<byte[]> plain = blocks(option, file, "PRIVATE KEY");
        if (!plain.isEmpty()) {
            return pkcs8(option, file, new PKCS8EncodedKeySpec(plain.get(0)));
        }
        List<byte[]> encrypted = blocks(option, file, "ENCRYPTED PRIVATE KEY");
        if (encrypted.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] no PKCS#8 private key found in '" + file
                    + "'; convert PKCS#1 or SEC1 keys with 'openssl pkcs8 -topk8'");
        }
        if (passphrase == null) {
            throw new IllegalArgumentException(
                    "[" + passphraseOption + "] is required: '" + file + "' holds an encrypted key");
        }
        return pkcs8(option, file, decrypt(passphraseOption, file, encrypted.get(0), passphrase));
    }

    /** Fails unless {@code key} is the private half of {@code certificate}'s public key. */
    static void checkPair(String keyOption, String certificateOption, PrivateKey key, X509Certificate certificate) {
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = signatureAlgorithm(key.getAlgorithm());
        try {
            byte[] probe = "ecs-bridge key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // A key of another type than the certificate's fails here as well: same message.
        }
        throw new IllegalArgumentException(
                "[" + keyOption + "] does not match the public key of [" + certificateOption + "]");
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        switch (keyAlgorithm) {
            case "EC":
                return "SHA256withECDSA";
            case "Ed25519":
            case "Ed448":
            case "EdDSA":
                return keyAlgorithm;
            case "RSASSA-PSS":
                return "RSASSA-PSS";
            case "DSA":
                return "SHA256withDSA";
            default:
                return "SHA256withRSA";
        }
    }

    private static PrivateKey pkcs8(String option, Path file, PKCS8EncodedKeySpec spec) {
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm; try the next
            }
        }
        throw new IllegalArgumentException("[" + option + "] unsupported private key type in '" + file + "'");
    }

    private static PKCS8EncodedKeySpec decrypt(String passphraseOption, Path file, byte[] der, Password passphrase) {
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            AlgorithmParameters parameters = info.getAlgParameters();
            String algorithm = info.getAlgName();
            // For PBES2 the JDK names the real scheme (PBEWithHmacSHA256AndAES_256) only in the parameters.
            if (algorithm.equals(PBES2_OID) || algorithm.equalsIgnoreCase("PBES2")) {
                algorithm = parameters.toString();
            }
            char[] secret = passphrase.getPassword().toCharArray();
            SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(secret)), parameters);
            return info.getKeySpec(cipher);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("[" + passphraseOption + "] cannot decrypt the key in '" + file
                    + "': wrong passphrase or unsupported encryption", e);
        }
    }

    /** The decoded bodies of the {@code -----BEGIN <label>-----} blocks of the file. */
    private static List<byte[]> blocks(String option, Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("[" + option + "] cannot read '" + file + "': " + e, e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        List<byte[]> blocks = new ArrayList<>();
        int from = text.indexOf(begin);
        while (from >= 0) {
            int to = text.indexOf(end, from);
            if (to < 0) {
                throw new IllegalArgumentException("[" + option + "] unterminated PEM block in '" + file + "'");
            }
            String body = text.substring(from + begin.length(), to);
            try {
                blocks.add(Base64.getMimeDecoder().decode(body));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("[" + option + "] invalid base64 in '" + file + "'", e);
            }
            from = text.indexOf(begin, to);
        }
        return blocks;
    }
}
