// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import io.objectbus.link.TestCertificates;
import io.objectbus.node.bridges.RouterTestFiles;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;

/**
 * Two packaged nodes on loopback, each from its own copy of the repository layout. Node A has every optional part
 * on; node B has a TLS listener and routes to A, as A routes to B (the shipped router example, over TLS, each with a
 * user of the other's {@code objectbus.broker.users}).
 */
final class TwoNodeSite implements AutoCloseable {

    static final String WATCHER = "watcher";
    static final String WATCHER_PASSWORD = "pw-of-watcher";
    static final int DEVICE_INSTANCE = 260001;
    static final String BACNET_BROADCAST = "127.255.255.255";

    private final RouterTestFiles files;
    private final int aMqtt = FreePorts.next();
    private final int aWebSocket = FreePorts.next();
    private final int aTls = FreePorts.next();
    private final int aOpcUa = FreePorts.next();
    private final int aBacnet = udpPort();
    private final int bMqtt = FreePorts.next();
    private final int bTls = FreePorts.next();
    private PackagedNode a;
    private PackagedNode b;

    private TwoNodeSite(Path dir) throws Exception {
        this.files = new RouterTestFiles(dir);
    }

    static TwoNodeSite start(TestServer plant) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "packaged-site-");
        TwoNodeSite site = new TwoNodeSite(dir.toAbsolutePath());
        NodeLayout aLayout = NodeLayout.copy(dir.resolve("node-a"));
        aLayout.addRoute("adapters", "plant.camel.yaml", secureAdapter(plant));
        aLayout.addRoute("bridges", "router-node-b.camel.yaml", site.files.router("node-b", site.bTls, "node-a"));
        NodeLayout bLayout = NodeLayout.copy(dir.resolve("node-b"));
        bLayout.addRoute("bridges", "router-node-a.camel.yaml", site.files.router("node-a", site.aTls, "node-b"));
        site.a = PackagedNode.start(aLayout, site.settingsOfA());
        site.b = PackagedNode.start(bLayout, site.settingsOfB());
        site.a.awaitRunning();
        site.b.awaitRunning();
        return site;
    }

    private Map<String, String> settingsOfA() {
        Map<String, String> settings = tlsNode(
                "node-a",
                aMqtt,
                aTls,
                "node-b:" + RouterTestFiles.password("node-b") + "," + WATCHER + ":" + WATCHER_PASSWORD);
        settings.put("objectbus.broker.ws-port", String.valueOf(aWebSocket));
        settings.put("objectbus.sim.bacnet.port", String.valueOf(udpPort()));
        settings.put("objectbus.sim.bacnet.adapter-port", String.valueOf(udpPort()));
        settings.put("objectbus.opcua.server.enabled", "true");
        settings.put("objectbus.opcua.server.port", String.valueOf(aOpcUa));
        settings.put("objectbus.bacnet.server.enabled", "true");
        settings.put("objectbus.bacnet.server.port", String.valueOf(aBacnet));
        settings.put("objectbus.bacnet.server.broadcast-address", BACNET_BROADCAST);
        settings.put("objectbus.bacnet.server.objects", "plant-*");
        return settings;
    }

    private Map<String, String> settingsOfB() {
        Map<String, String> settings = tlsNode("node-b", bMqtt, bTls, "node-a:" + RouterTestFiles.password("node-a"));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.sim.enabled", "false");
        return settings;
    }

    /** The settings a node with a TLS listener and users has; the router's password comes from a property. */
    private Map<String, String> tlsNode(String id, int mqtt, int tls, String users) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("camel.component.objectbus.node-id", id);
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqtt));
        settings.put("objectbus.broker.tls-port", String.valueOf(tls));
        settings.put("objectbus.broker.keystore", files.certs.broker().toString());
        settings.put("objectbus.broker.keystore-password", TestCertificates.PASSWORD);
        settings.put("objectbus.broker.users", users);
        settings.put("test.router-password", RouterTestFiles.password(id));
        return settings;
    }

    /** An adapter of the plant server with Basic256Sha256 sign and encrypt and a user name. */
    private static String secureAdapter(TestServer plant) {
        return """
                - route:
                    id: adapter-opcua-plant
                    from:
                      uri: kamelet:opcua-source
                      parameters:
                        name: plant
                        endpointUrl: "%s"
                        roots: "%s"
                        securityPolicy: Basic256Sha256
                        securityMode: SignAndEncrypt
                        username: "%s"
                        password: "%s"
                        samplingInterval: 200
                        publishingInterval: 200
                        reconnectDelay: 500
                        reconnectMaxDelay: 2000
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "OPC UA ${header.OpcUaEvent}"
                """
                .formatted(plant.url(), TestServer.PLANT_ROOT, TestServer.USER, TestServer.PASSWORD);
    }

    PackagedNode a() {
        return a;
    }

    PackagedNode b() {
        return b;
    }

    String mqttUrlOfA() {
        return "tcp://127.0.0.1:" + aMqtt;
    }

    String webSocketUrlOfA() {
        return "ws://127.0.0.1:" + aWebSocket + "/mqtt";
    }

    String tlsUrlOfA() {
        return "ssl://127.0.0.1:" + aTls;
    }

    String mqttUrlOfB() {
        return "tcp://127.0.0.1:" + bMqtt;
    }

    String opcUaUrlOfA() {
        return "opc.tcp://127.0.0.1:" + aOpcUa + "/objectbus";
    }

    int bacnetPortOfA() {
        return aBacnet;
    }

    /** A client of the TLS listener that trusts the site's CA and logs in. */
    MqttConnectionOptions tlsOptions(String user, String password) throws Exception {
        MqttConnectionOptions options = Paho5Probe.options(true, 0);
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        options.setSocketFactory(trusting(files.certs.siteCa()).getSocketFactory());
        return options;
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

    /** A UDP port that was free a moment ago (BACnet/IP, never 47808). */
    static int udpPort() {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }
}
