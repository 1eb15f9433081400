// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.security.AccessSettings;
import io.objectbus.broker.security.Denials;
import io.objectbus.broker.security.InputLimits;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flooding, oversize or overly inflight client is refused; a well-behaved client of the same broker keeps going.
 */
class HostileInputTest {

    private static final int RATE = 20;
    private static final int INFLIGHT = 8;

    @TempDir
    Path data;

    private EmbeddedBroker broker;
    private String url;
    private int port;
    private Paho5Probe watcher;

    @BeforeEach
    void start() throws Exception {
        int port = FreePorts.next();
        BrokerSecurity security = BrokerSecurity.none()
                .withAccess(AccessSettings.defaults().withLimits(new InputLimits(1024, 32, 32, RATE, INFLIGHT)));
        broker = new EmbeddedBroker(new BrokerSettings("127.0.0.1", port, 0, data, false, 0, 4096), security);
        broker.start();
        this.port = port;
        url = "tcp://127.0.0.1:" + port;
        watcher = new Paho5Probe(url, "watcher");
        watcher.subscribe("devices/#", 1);
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
        broker.stop();
    }

    @Test
    void aFloodingClientIsCutOffWhileAWellBehavedOneKeepsEveryValue() throws Exception {
        MqttClient flood = new MqttClient(url, "flood", new MemoryPersistence());
        flood.connect(Paho5Probe.options(true, 0));
        long started = System.nanoTime();
        try (Paho5Probe calm = new Paho5Probe(url, "calm")) {
            try {
                for (int i = 0; i < 100 * RATE && flood.isConnected(); i++) {
                    flood.publish("devices/flood/v", new byte[] {'1'}, 0, false);
                }
            } catch (MqttException cutOff) {
                // the broker closed the flooding connection
            }
            // A burst of one second's allowance, then the rate, over all the time since the flood began: the broker
            // may still be reading what the client wrote after the client's loop has ended.
            await().during(Duration.ofMillis(300))
                    .until(() -> watcher.on("devices/flood/v").size() <= allowance(started));
            // Within its allowance: a burst of half the rate.
            for (int i = 0; i < RATE / 2; i++) {
                publishWithinWindow(calm.client(), "devices/calm/v", String.valueOf(i), 1);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> watcher.on("devices/calm/v").size() == RATE / 2);
        }
        assertThat(broker.denials().count(Denials.Kind.limit)).isPositive();
    }

    private static long allowance(long startedNanos) {
        return RATE + (long) Math.ceil(RATE * (System.nanoTime() - startedNanos) / 1e9);
    }

    @Test
    void anOversizePublicationIsRefusedAndTheNextClientIsServed() throws Exception {
        MqttClient big = new MqttClient(url, "big", new MemoryPersistence());
        big.connect(Paho5Probe.options(true, 0));
        try {
            big.publish("devices/big/v", new byte[8192], 1, false);
        } catch (MqttException refused) {
            // the broker closes a connection whose packet is over its maximum
        }
        try (Paho5Probe calm = new Paho5Probe(url, "calm2")) {
            calm.publish("devices/calm/v", "ok", 1, false);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> watcher.on("devices/calm/v").size() == 1);
        }
        assertThat(watcher.on("devices/big/v")).isEmpty();
    }

    @Test
    void mqtt5ClientsAreToldTheInflightLimitAndAClientWithinItIsServed() throws Exception {
        MqttClient calm = new MqttClient(url, "calm-inflight", new MemoryPersistence());
        IMqttToken connected = calm.connectWithResult(Paho5Probe.options(true, 0));
        assertThat(connected.getResponseProperties().getReceiveMaximum()).isEqualTo(INFLIGHT);
        // Twice the inflight limit, within the publication rate's burst.
        for (int i = 0; i < 2 * INFLIGHT; i++) {
            publishWithinWindow(calm, "devices/calm/v", String.valueOf(i), 2);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> watcher.on("devices/calm/v").size() == 2 * INFLIGHT);
        assertThat(calm.isConnected()).isTrue();
        calm.disconnect();
        calm.close();
        assertThat(broker.denials().count(Denials.Kind.limit)).isZero();
    }

    /**
     * Publishes as a client that keeps to the broker's Receive Maximum does. Paho counts a QoS 1 or 2 publication in
     * its window until its callback thread has handled the acknowledgement, after it released the publishing thread;
     * when load delays that thread, Paho refuses the next publication itself ("Too many publishes in progress") though
     * nothing is in flight at the broker. Such a publication is sent again once Paho's window has room.
     */
    private static void publishWithinWindow(MqttClient client, String topic, String payload, int qos) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sentWithinWindow(client, topic, payload, qos));
    }

    private static boolean sentWithinWindow(MqttClient client, String topic, String payload, int qos)
            throws MqttException {
        try {
            client.publish(topic, new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), qos, false, null));
            return true;
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                return false;
            }
            throw e;
        }
    }

    @Test
    void aClientWithMoreQos2PublicationsInFlightThanTheLimitIsRefusedAndDisconnected() throws Exception {
        try (Socket client = new Socket("127.0.0.1", port);
                Paho5Probe calm = new Paho5Probe(url, "calm3")) {
            client.setSoTimeout(30_000);
            OutputStream out = client.getOutputStream();
            out.write(RawMqtt.connect("withholds-pubrel"));
            assertThat(client.getInputStream().readNBytes(4)).as("CONNACK").containsExactly(0x20, 2, 0, 0);
            // QoS 2 publications whose PUBREL never comes stay in flight: one more than the limit.
            for (int id = 1; id <= INFLIGHT + 1; id++) {
                out.write(RawMqtt.publishQos2("devices/held/v", id, "1"));
            }
            out.flush();
            // PUBRECs of the publications within the limit, then the end of the connection.
            byte[] rest = client.getInputStream().readAllBytes();
            assertThat(rest.length).isLessThanOrEqualTo(4 * INFLIGHT);
            assertThat(broker.denials().count(Denials.Kind.limit)).isEqualTo(1);
            calm.publish("devices/calm/v", "ok", 1, false);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> watcher.on("devices/calm/v").size() == 1);
        }
    }
}
