// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.BrokerSecurity;
import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.testing.FreePorts;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS listener with PEM files, as openssl and most CA tools write them: the broker's certificate chain and its key
 * in two files, the site CA's bundle for mutual TLS, and both renewed in place while the broker runs.
 */
class PemListenerTest {

    @TempDir
    Path dir;

    private TestCertificates.Stores certs;
    private EmbeddedBroker broker;
    private int tlsPort;

    @BeforeEach
    void start() throws Exception {
        certs = TestCertificates.create(dir.resolve("certs"));
        tlsPort = FreePorts.next();
        BrokerSecurity security = BrokerSecurity.none()
                .withPemTls(tlsPort, certs.pem().brokerChain(), certs.pem().brokerKey())
                .withClientCertificates(certs.pem().siteCa(), "")
                .withUser("router", "secret");
        broker = new EmbeddedBroker(
                BrokerSettings.loopback(FreePorts.next(), dir.resolve("data")).withPersistent(false), security);
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        broker.stop();
    }

    @Test
    void aClientOfTheSiteCaIsServedThePemCertificateAndAClientOfAnotherCaIsRefused() throws Exception {
        assertThat(handshake(certs.nodeClient(), certs.siteCa())
                        .getSubjectX500Principal()
                        .getName())
                .isEqualTo("CN=localhost");
        assertThatThrownBy(() -> handshake(certs.rogueClient(), certs.siteCa()))
                .as("the CA bundle of the PEM trust store does not vouch for the rogue CA")
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aPemCertificateAndKeyRenewedInTheirFilesAreServedWithoutARestart() throws Exception {
        BigInteger before = handshake(certs.nodeClient(), certs.siteCa()).getSerialNumber();
        TestCertificates.Stores renewed = TestCertificates.create(dir.resolve("renewed"));
        // The renewed broker certificate is of another CA: the client trusts both for the test.
        replace(renewed.pem().brokerKey(), certs.pem().brokerKey());
        replace(renewed.pem().brokerChain(), certs.pem().brokerChain());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> !handshake(
                        certs.nodeClient(), renewed.siteCa())
                .getSerialNumber()
                .equals(before));
    }

    private static void replace(Path renewed, Path target) throws Exception {
        Path incoming = Files.copy(renewed, target.resolveSibling(target.getFileName() + ".new"));
        Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The certificate the TLS listener shows to a client with this key store that trusts this CA. */
    private X509Certificate handshake(Path clientKeys, Path trustedCa) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustedCa));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(clientKeys), TestCertificates.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            socket.startHandshake();
            // TLS 1.3 reports a refused client certificate only on the first read.
            socket.setSoTimeout(2000);
            try {
                if (socket.getInputStream().read() < 0) {
                    throw new java.io.EOFException("the broker closed the connection after the handshake");
                }
            } catch (java.net.SocketTimeoutException quiet) {
                // The broker waits for the client's MQTT CONNECT: the handshake was accepted.
            }
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        return store;
    }
}
