// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packet forwarder gateways on 127.0.0.1 hearing one device, through the lorawan-gateway kamelet on a node: a
 * gateway's status reports are resources of its connection object, a gateway going down turns the device stale only
 * once no gateway that heard it is up, and a gateway's uplink count keeps up with a burst without a message for each.
 */
class LorawanGatewaysTest {

    private static final String DEVICE = "0011223344556677";
    private static final String NWK = "44024241ed4ce9a68c6a8bc055233fd3";
    private static final String APP = "ec925802ae430ca77fd3dd73cb2cc588";
    private static final String NEAR = "aa555a0000000001";
    private static final String FAR = "aa555a0000000002";
    private static final String TOPIC = "ob/v1/node1/";

    @TempDir
    Path routes;

    @Test
    void aGatewaysStatsAreResourcesOfItsConnectionAndOneGatewayDownLeavesADeviceAnotherHearsGood() throws Exception {
        int udp;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            udp = probe.getLocalPort();
        }
        Files.writeString(routes.resolve("lorawan-site.camel.yaml"), adapter(udp));
        int mqtt = FreePorts.next();
        Main main = node(mqtt);
        SimulatedDevice device = SimulatedDevice.abp(DEVICE, "26011bda", NWK, APP);
        main.start();
        try (Paho5Probe bus = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "lorawan-gateways");
                SimulatedGateway near = new SimulatedGateway(NEAR, new InetSocketAddress("127.0.0.1", udp), 300);
                SimulatedGateway far = new SimulatedGateway(FAR, new InetSocketAddress("127.0.0.1", udp), 300)) {
            bus.subscribe(TOPIC + "#", 1);
            // The stat object of PUSH_DATA as in Semtech's packet_forwarder PROTOCOL.TXT, section 4.
            near.push("{\"stat\":{\"time\":\"2014-01-12 08:59:28 GMT\",\"lati\":46.24000,\"long\":3.25230,"
                    + "\"alti\":145,\"rxnb\":2,\"rxok\":2,\"rxfw\":2,\"ackr\":100.0,\"dwnb\":2,\"txnb\":2}}");
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "-connection/rxnb", "\"v\":2");
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "-connection/ackr", "\"v\":100.0");
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "-connection/statTime", "2014-01-12 08:59:28 GMT");
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "-connection/$info", "\"txnb\"");

            byte[] frame = device.uplink(1, HexFormat.of().parseHex("016700e1"), false);
            near.hear(frame, -60, 8.0);
            far.hear(frame, -100, 1.0);
            bus.awaitOn(TOPIC + "lorawan-" + DEVICE + "/temperature1", "\"q\":\"good\"");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !bus.on(TOPIC + "lorawan-gw-" + FAR + "-connection/state")
                            .isEmpty());

            near.silence();
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "-connection/state", "\"v\":\"down\"");
            far.hear(device.uplink(1, HexFormat.of().parseHex("016700e1"), false), -100, 1.0);
            bus.awaitOn(TOPIC + "lorawan-" + DEVICE + "/fCnt", "\"v\":1");
            assertThat(bus.on(TOPIC + "lorawan-" + DEVICE + "/temperature1"))
                    .noneMatch(r -> r.text().contains("\"q\":\"stale\""));

            far.silence();
            bus.awaitOn(TOPIC + "lorawan-gw-" + FAR + "-connection/state", "\"v\":\"down\"");
            bus.awaitOn(TOPIC + "lorawan-" + DEVICE + "/temperature1", "every gateway that hears it is down");
        } finally {
            main.stop();
        }
    }

    @Test
    void aBurstOfUplinksEndsWithTheGatewaysCountOfAllOfThemPublishedAtMostOnceASecondMeanwhile() throws Exception {
        int udp;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            udp = probe.getLocalPort();
        }
        Files.writeString(routes.resolve("lorawan-site.camel.yaml"), adapter(udp));
        int mqtt = FreePorts.next();
        Main main = node(mqtt);
        SimulatedDevice device = SimulatedDevice.abp(DEVICE, "26011bda", NWK, APP);
        main.start();
        try (Paho5Probe bus = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "lorawan-gateway-counts");
                SimulatedGateway near = new SimulatedGateway(NEAR, new InetSocketAddress("127.0.0.1", udp), 300)) {
            bus.subscribe(TOPIC + "lorawan-gw-" + NEAR + "/uplinks", 1);
            int burst = 60;
            for (int fCnt = 1; fCnt <= burst; fCnt++) {
                near.hear(device.uplink(fCnt, HexFormat.of().parseHex("016700e1"), false), -60, 8.0);
            }
            bus.awaitOn(TOPIC + "lorawan-gw-" + NEAR + "/uplinks", "\"v\":" + burst);
            // One message per uplink would be 61 (the first one's 0, then each count).
            assertThat(bus.on(TOPIC + "lorawan-gw-" + NEAR + "/uplinks")).hasSizeLessThan(burst / 3);
        } finally {
            main.stop();
        }
    }

    private static String adapter(int udp) {
        return """
                - route:
                    id: adapter-lorawan-site
                    from:
                      uri: kamelet:lorawan-gateway
                      parameters:
                        port: %d
                        host: 127.0.0.1
                        gatewayTimeout: 1500
                        sessionFile: ""
                        abpDevices: "%s, 26011bda, %s, %s"
                        devices: "%s, lpp, interval=600"
                      steps:
                        - log: "LoRaWAN ${header.CamelLorawanEvent}"
                """
                .formatted(udp, DEVICE, NWK, APP, DEVICE);
    }

    private Main node(int mqttPort) {
        return NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(mqttPort)),
                Map.entry("objectbus.broker.ws-port", "0"),
                Map.entry("objectbus.broker.data-dir", "target/test-data/lorawan-gateways-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "false"),
                Map.entry("objectbus.bacnet.server.enabled", "false"),
                Map.entry("objectbus.routes.folders", routes.toString())));
    }
}
