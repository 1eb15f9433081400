// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import java.io.OutputStream;
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
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates for the TLS tests, made at test time under target/ (no private key is ever committed): a site CA, the
 * broker's certificate for 127.0.0.1 and localhost, a node's client certificate, and a rogue CA with a client
 * certificate of its own. All stores are PKCS#12 with the same password; the site CA and the broker's certificate and
 * key are PEM files too.
 */
public final class TestCertificates {

    public static final String PASSWORD = "test-store-password";
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** The files: trust stores hold a CA; key stores a key with its chain. */
    public record Stores(Path siteCa, Path broker, Path nodeClient, Path rogueCa, Path rogueClient, Pem pem) {}

    /** The same site CA and broker certificate as PEM files, as openssl writes them. */
    public record Pem(Path siteCa, Path brokerChain, Path brokerKey) {}

    private record Issued(KeyPair keys, X509Certificate certificate) {}

    private TestCertificates() {}

    public static Stores create(Path dir) throws Exception {
        Files.createDirectories(dir);
        Issued ca = issue("CN=ObjectBus test site CA", null, true);
        Issued broker = issue("CN=localhost", ca, false, KeyPurposeId.id_kp_serverAuth);
        Issued client = issue("CN=node-a", ca, false, KeyPurposeId.id_kp_clientAuth);
        Issued rogue = issue("CN=Rogue CA", null, true);
        Issued rogueClient = issue("CN=node-a", rogue, false, KeyPurposeId.id_kp_clientAuth);
        return new Stores(
                trust(dir.resolve("site-ca.p12"), ca),
                keys(dir.resolve("broker.p12"), broker, ca),
                keys(dir.resolve("node-a.p12"), client, ca),
                trust(dir.resolve("rogue-ca.p12"), rogue),
                keys(dir.resolve("rogue-node-a.p12"), rogueClient, rogue),
                new Pem(
                        pem(
                                dir.resolve("site-ca.pem"),
                                "CERTIFICATE",
                                ca.certificate().getEncoded()),
                        pem(
                                dir.resolve("broker.pem"),
                                "CERTIFICATE",
                                broker.certificate().getEncoded(),
                                ca.certificate().getEncoded()),
                        pem(
                                dir.resolve("broker.key"),
                                "PRIVATE KEY",
                                broker.keys().getPrivate().getEncoded())));
    }

    private static Path pem(Path file, String type, byte[]... blocks) throws Exception {
        StringBuilder text = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] block : blocks) {
            text.append("-----BEGIN ").append(type).append("-----\n");
            text.append(base64.encodeToString(block)).append('\n');
            text.append("-----END ").append(type).append("-----\n");
        }
        return Files.writeString(file, text);
    }

    /** Cluster members' stores: each member's key serves both its listener and its connections to the others. */
    public record Members(Path siteCa, Path member, Path rogueMember) {}

    public static Members members(Path dir) throws Exception {
        Files.createDirectories(dir);
        Issued ca = issue("CN=ObjectBus test site CA", null, true);
        Issued rogue = issue("CN=Rogue CA", null, true);
        KeyPurposeId[] both = {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth};
        return new Members(
                trust(dir.resolve("site-ca.p12"), ca),
                keys(dir.resolve("member.p12"), issue("CN=member", ca, false, both), ca),
                keys(dir.resolve("rogue-member.p12"), issue("CN=member", rogue, false, both), rogue));
    }

    private static Issued issue(String subject, Issued issuer, boolean ca, KeyPurposeId... purposes) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name(subject);
        X500Name issuerName = issuer == null
                ? name
                : new X500Name(issuer.certificate().getSubjectX500Principal().getName());
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuerName,
                BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(2))),
                name,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (purposes.length > 0) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")
            }));
        }
        PrivateKey signer = issuer == null ? keys.getPrivate() : issuer.keys().getPrivate();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        return new Issued(keys, certificate);
    }

    private static Path trust(Path file, Issued ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca.certificate());
        return save(store, file);
    }

    private static Path keys(Path file, Issued holder, Issued ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", holder.keys().getPrivate(), PASSWORD.toCharArray(), new Certificate[] {
            holder.certificate(), ca.certificate()
        });
        return save(store, file);
    }

    private static Path save(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
