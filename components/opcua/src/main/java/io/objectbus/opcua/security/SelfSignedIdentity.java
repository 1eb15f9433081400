// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * An application instance certificate (OPC UA Part 4 clause 6.1), self-signed, kept in a PKCS#12 file so that the
 * certificate a peer was told to trust stays the same across restarts. The file's password only keeps the format
 * happy: protect the file by its folder's permissions.
 */
public record SelfSignedIdentity(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    private static final char[] PASSWORD = "objectbus".toCharArray();
    private static final String ALIAS = "application";

    /** Loads the identity from {@code file}, or makes one and stores it there. */
    public static SelfSignedIdentity loadOrCreate(Path file, String commonName, String applicationUri)
            throws Exception {
        if (Files.exists(file)) {
            return load(file);
        }
        SelfSignedIdentity identity = create(commonName, applicationUri);
        Files.createDirectories(file.toAbsolutePath().getParent());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD);
        store.setKeyEntry(
                ALIAS, identity.keyPair().getPrivate(), PASSWORD, new X509Certificate[] {identity.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return identity;
    }

    /** A new identity that lives in memory only. */
    public static SelfSignedIdentity create(String commonName, String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(commonName)
                .setOrganization("ObjectBus")
                .setApplicationUri(applicationUri)
                .addDnsName("localhost")
                .addIpAddress("127.0.0.1")
                .build();
        return new SelfSignedIdentity(keyPair, certificate, applicationUri);
    }

    private static SelfSignedIdentity load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, PASSWORD);
        String uri = CertificateUtil.getSanUri(certificate)
                .orElseThrow(() -> new IllegalStateException(file + " holds a certificate without application URI"));
        return new SelfSignedIdentity(new KeyPair(certificate.getPublicKey(), key), certificate, uri);
    }
}
