// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.BrokerSecurity;
import io.objectbus.link.internal.LinkStatus;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.LogCapture;
import io.objectbus.testing.Paho5Probe;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routers over TLS, secure WebSocket and mutual TLS, with a user and password: what works, and what is refused with
 * a clear reason in the log of both nodes. B listens with TLS and a user for A; C asks for client certificates too.
 */
class SecureLinkTest {

    private static final String PASSWORD = "secret-of-a";

    private static TestCertificates.Stores certs;
    private static LinkedNode a;
    private static LinkedNode b;
    private static LinkedNode c;
    private static int bTls;
    private static int cTls;
    private LogCapture log;

    @BeforeAll
    static void nodes() throws Exception {
        certs = TestCertificates.create(Path.of("target", "test-certs", String.valueOf(System.nanoTime())));
        bTls = FreePorts.next();
        cTls = FreePorts.next();
        BrokerSecurity tls = BrokerSecurity.none()
                .withTls(bTls, certs.broker(), TestCertificates.PASSWORD)
                .withUser("node-a", PASSWORD);
        a = LinkedNode.create("A").start();
        b = LinkedNode.create("B").secured(tls).routerTo(a, "").start();
        c = LinkedNode.create("C")
                .secured(tls.withTls(cTls, certs.broker(), TestCertificates.PASSWORD)
                        .withClientCertificates(certs.siteCa(), TestCertificates.PASSWORD))
                .routerTo(a, "")
                .start();
        a.bus().describe(Sites.room("ra"));
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        c.close();
    }

    @AfterEach
    void closeLog() {
        if (log != null) {
            log.close();
        }
    }

    @Test
    void aRouterLinksOverTlsWithAUserAndPassword() throws Exception {
        LinkStatus link = router("tls-ok", "B", "ssl://127.0.0.1:" + bTls, "&password=RAW(" + PASSWORD + ")");
        await().until(() -> link.state() == LinkStatus.State.up);
        a.bus().report("ra", "temperature", Sites.value(19.5));
        await().until(() -> b.bus().foreignState().forEachCount(a.topic("ra/temperature")) == 1);
        remove("tls-ok");
    }

    @Test
    void aRouterLinksOverSecureWebSocket() throws Exception {
        LinkStatus link = router("wss-ok", "B", "wss://127.0.0.1:" + bTls + "/mqtt", "&password=RAW(" + PASSWORD + ")");
        await().until(() -> link.state() == LinkStatus.State.up);
        remove("wss-ok");
    }

    @Test
    void aRouterLinksOverMutualTlsWithItsCertificate() throws Exception {
        LinkStatus link = router(
                "mtls-ok",
                "C",
                "ssl://127.0.0.1:" + cTls,
                "&password=RAW(" + PASSWORD + ")" + "&keyStore=" + certs.nodeClient() + "&keyStorePassword="
                        + TestCertificates.PASSWORD);
        await().until(() -> link.state() == LinkStatus.State.up);
        remove("mtls-ok");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearErrorOnBothSides() throws Exception {
        log = LogCapture.attach();
        LinkStatus link = router("bad-pw", "B", "ssl://127.0.0.1:" + bTls, "&password=wrong");
        await().until(() -> link.state() == LinkStatus.State.refused);
        await().until(() -> log.contains("ERROR", "Link bad-pw", "refused: bad user name or password (user 'node-a')"));
        assertThat(log.contains("WARN", "Refused the MQTT connection of user 'node-a'", "wrong password"))
                .isTrue();
        assertThat(log.lines()).noneMatch(line -> line.contains("wrong") && line.contains(PASSWORD));
        remove("bad-pw");
    }

    @Test
    void aCertificateOfAnotherCaIsRefusedWithAClearError() throws Exception {
        log = LogCapture.attach();
        LinkStatus link = router(
                "rogue",
                "C",
                "ssl://127.0.0.1:" + cTls,
                "&password=RAW(" + PASSWORD + ")" + "&keyStore=" + certs.rogueClient() + "&keyStorePassword="
                        + TestCertificates.PASSWORD);
        await().until(() -> link.state() == LinkStatus.State.refused);
        await().until(() -> log.contains("ERROR", "Link rogue", "TLS"));
        await().until(() -> log.contains("SSL handshake failed"));
        remove("rogue");
    }

    @Test
    void aBrokerWhoseCertificateIsNotTrustedIsRefusedWithAClearError() throws Exception {
        log = LogCapture.attach();
        LinkStatus link =
                router("untrusted", "B", "ssl://127.0.0.1:" + bTls, "&password=RAW(" + PASSWORD + ")", certs.rogueCa());
        await().until(() -> link.state() == LinkStatus.State.refused);
        await().until(() -> log.contains("ERROR", "Link untrusted", "is not trusted; check trustStore"));
        remove("untrusted");
    }

    @Test
    void theTlsListenerRefusesAClientWithoutUserWhileLocalClientsKeepThePlainListener() throws Exception {
        log = LogCapture.attach();
        MqttClient anonymous = new MqttClient("ssl://127.0.0.1:" + bTls, "anonymous", new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setSocketFactory(trusting(certs.siteCa()).getSocketFactory());
        assertThatThrownBy(() -> anonymous.connect(options)).isInstanceOf(MqttException.class);
        anonymous.close(true);
        assertThat(log.contains("Refused the MQTT connection", "no user name given"))
                .isTrue();
        try (Paho5Probe local = new Paho5Probe(b.url(), "local-anonymous")) {
            assertThat(local.client().isConnected()).isTrue();
        }
    }

    private static SSLContext trusting(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private LinkStatus router(String name, String remote, String url, String options) throws Exception {
        return router(name, remote, url, options, certs.siteCa());
    }

    private LinkStatus router(String name, String remote, String url, String options, Path trustStore)
            throws Exception {
        String uri = "oblink:" + name + "?remoteNode=" + remote + "&url=RAW(" + url + ")&username=node-a"
                + "&trustStore=" + trustStore + "&trustStorePassword=" + TestCertificates.PASSWORD
                + "&reconnectDelay=100&reconnectMaxDelay=400" + options;
        a.camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(name).to("objectbus:forward");
            }
        });
        return ((LinkConsumer) a.camel.getRoute(name).getConsumer()).status();
    }

    private static void remove(String name) throws Exception {
        a.camel.getRouteController().stopRoute(name);
        a.camel.removeRoute(name);
    }
}
