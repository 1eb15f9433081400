// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.LogCapture;
import io.objectbus.testing.MqttProbe;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop of the node with MQTT clients connected: the broker closes their connections while its storage still
 * runs. Artemis otherwise tidies each MQTT session up on the connection's own thread after the close, and that work
 * (a will, a clean session's queues, the messages in flight) could reach the journal after it stopped: "AMQ834001
 * Error disconnecting client" with "IDGenerator has been stopped", or a NullPointerException.
 */
class CleanStopTest {

    private static final int VALUES = 300;

    @TempDir
    Path data;

    @RepeatedTest(5)
    void aCleanStopWithPersistentQos1SubscribersConnectedLogsNoError() throws Exception {
        int port = FreePorts.next();
        String url = "tcp://127.0.0.1:" + port;
        List<AutoCloseable> clients = new ArrayList<>();
        try (LogCapture log = LogCapture.attach()) {
            EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
            broker.start();
            try {
                List<MqttProbe> subscribers = subscribers(url);
                clients.addAll(subscribers);
                for (int i = 0; i < 3; i++) {
                    clients.add(withWill(url, "stop-will-" + i));
                }
                for (int i = 0; i < VALUES; i++) {
                    broker.publish("site/value/" + (i % 10), String.valueOf(i).getBytes(StandardCharsets.UTF_8), 1);
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> subscribers.stream()
                        .allMatch(s -> !s.received().isEmpty()));
            } finally {
                broker.stop();
            }
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR") || line.contains("AMQ834001"));
        } finally {
            for (AutoCloseable client : clients) {
                client.close();
            }
        }
    }

    /** Clients that leave just before the stop: their sessions end while the broker stops, and must end first. */
    @RepeatedTest(5)
    void aCleanStopJustAfterClientsLeftLogsNoError() throws Exception {
        int port = FreePorts.next();
        String url = "tcp://127.0.0.1:" + port;
        try (LogCapture log = LogCapture.attach()) {
            EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
            broker.start();
            try {
                List<MqttProbe> leaving = new ArrayList<>(subscribers(url));
                leaving.add(new Paho5Probe(url, "stop-clean-v5"));
                leaving.add(new Paho3Probe(url, "stop-clean-v3"));
                leaving.get(4).subscribe("site/#", 1);
                leaving.get(5).subscribe("site/#", 1);
                for (int i = 0; i < VALUES; i++) {
                    broker.publish("site/value/" + (i % 10), String.valueOf(i).getBytes(StandardCharsets.UTF_8), 1);
                }
                for (MqttProbe client : leaving) {
                    client.close();
                }
            } finally {
                broker.stop();
            }
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR") || line.contains("AMQ834001"));
        }
    }

    /** Persistent sessions, MQTT 3.1.1 and 5, each subscribed at QoS 1. */
    private static List<MqttProbe> subscribers(String url) throws Exception {
        List<MqttProbe> subscribers = List.of(
                new Paho3Probe(url, "stop-v3-a", false),
                new Paho3Probe(url, "stop-v3-b", false),
                new Paho5Probe(url, "stop-v5-a", false, 3600),
                new Paho5Probe(url, "stop-v5-b", false, 3600));
        for (MqttProbe subscriber : subscribers) {
            subscriber.subscribe("site/#", 1);
        }
        return subscribers;
    }

    /** A client with a clean session and a will, which the broker publishes when it closes the connection. */
    private static AutoCloseable withWill(String url, String clientId) throws Exception {
        MqttClient client = new MqttClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setWill("site/will", "gone".getBytes(StandardCharsets.UTF_8), 1, false);
        client.connect(options);
        client.subscribe("site/#", 1);
        return () -> {
            client.disconnectForcibly(0, 0, false);
            client.close(true);
        };
    }
}
