// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.BrokerSecurity;
import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.security.AccessSettings;
import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.Role;
import io.objectbus.testing.FreePorts;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS where a client certificate is the identity (no password), and a broker certificate renewed in its file
 * while the broker runs, taken up by new connections without a restart.
 */
class ClientCertificateIdentityTest {

    @TempDir
    Path dir;

    private TestCertificates.Stores certs;
    private EmbeddedBroker broker;
    private int tlsPort;
    private MqttAsyncClient client;

    @BeforeEach
    void start() throws Exception {
        certs = TestCertificates.create(dir.resolve("certs"));
        IdentityFile identities = new IdentityFile(dir.resolve("identities.yaml"));
        identities.write(
                Map.of("node-a", new Identity("node-a", null, Role.viewer, List.of(), 16, List.of(), "CN=node-a")));
        tlsPort = FreePorts.next();
        BrokerSecurity security = BrokerSecurity.none()
                .withTls(tlsPort, certs.broker(), TestCertificates.PASSWORD)
                .withClientCertificates(certs.siteCa(), TestCertificates.PASSWORD)
                .withAccess(AccessSettings.defaults().withIdentitiesFile(identities.path()));
        broker = new EmbeddedBroker(
                BrokerSettings.loopback(FreePorts.next(), dir.resolve("data")).withPersistent(false), security);
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.disconnectForcibly(1000);
            client.close(true);
        }
        broker.stop();
    }

    @Test
    void aClientCertificateLogsInAsItsIdentityAndGetsThatIdentitysGrants() throws Exception {
        client = new MqttAsyncClient("ssl://127.0.0.1:" + tlsPort, "cert-client", new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setSocketFactory(context(certs.nodeClient(), certs.siteCa()).getSocketFactory());
        options.setHttpsHostnameVerificationEnabled(false);
        client.connect(options).waitForCompletion(10_000);
        IMqttToken subscribed = client.subscribe("ob/v1/#", 1);
        subscribed.waitForCompletion(10_000);
        assertThat(subscribed.getReasonCodes()[0]).isLessThan(0x80);
        IMqttToken write = client.publish(
                "ob/v1/node1/room-1/setpoint/$set",
                new MqttMessage("20".getBytes(StandardCharsets.UTF_8), 1, false, null));
        write.waitForCompletion(10_000);
        assertThat(write.getReasonCodes()[0]).as("a viewer may not write").isEqualTo(0x87);
    }

    @Test
    void aBrokerCertificateRenewedInItsFileIsServedWithoutARestart() throws Exception {
        BigInteger before = servedSerial();
        TestCertificates.Stores renewed = TestCertificates.create(dir.resolve("renewed"));
        Path incoming = Files.copy(renewed.broker(), dir.resolve("certs").resolve("broker.p12.new"));
        Files.move(incoming, certs.broker(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // The listener is opened again with the new certificate: a connect in that moment may be refused.
        await().atMost(Duration.ofSeconds(60))
                .ignoreException(java.net.ConnectException.class)
                .until(() -> !servedSerial().equals(before));
    }

    /** The serial number of the certificate the TLS listener shows now, seen by a client that trusts anything. */
    private BigInteger servedSerial() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = keys(certs.nodeClient());
        context.init(keys.getKeyManagers(), new TrustManager[] {new TrustAnything()}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            socket.startHandshake();
            return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSerialNumber();
        }
    }

    private static SSLContext context(Path keyStore, Path trustStore) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys(keyStore).getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyManagerFactory keys(Path keyStore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore), TestCertificates.PASSWORD.toCharArray());
        return keys;
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        return store;
    }

    /** Only for reading which certificate the listener shows. */
    private static final class TrustAnything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
