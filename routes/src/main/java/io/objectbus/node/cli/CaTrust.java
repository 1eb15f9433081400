// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS that trusts the CA certificates of one PEM file (a private site CA, as {@code mosquitto_sub --cafile}) in place
 * of the JVM's trust store. The broker's host name is still checked against its certificate.
 */
final class CaTrust {

    private CaTrust() {}

    /** Fails with a line that names the file when it cannot be read or holds no certificate. */
    static SSLSocketFactory socketFactory(Path caFile) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates(caFile)) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new BusClient.Unreachable("--cafile " + caFile + " holds no certificate");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new BusClient.Unreachable("cannot read the CA certificates of --cafile " + caFile + ": " + e);
        }
    }

    private static Collection<? extends Certificate> certificates(Path caFile)
            throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(caFile)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }
}
