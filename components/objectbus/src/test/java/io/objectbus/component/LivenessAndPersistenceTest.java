// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.Sample;
import io.objectbus.testing.MqttProbe;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Instant;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LivenessAndPersistenceTest {

    private BusFixture node;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("n1", c -> c.setValueQos(1));
        node.bus().describe(Rooms.room("r101", "floor-1"));
    }

    @AfterEach
    void stopNode() throws Exception {
        node.close();
    }

    @Test
    void aNodeThatLosesItsBrokerConnectionIsAnnouncedOfflineByItsWill() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe(node.url(), "state-watcher")) {
            watcher.subscribe(node.topic("$state"), 1);
            watcher.awaitOn(node.topic("$state"), "\"online\":true");
            watcher.clear();
            presenceConnection().fail(new ActiveMQException("network cut"));
            Received will = watcher.awaitOn(node.topic("$state"), "\"online\":false");
            assertThat(will.text()).contains("\"reason\":\"connection lost\"");
            // The node reconnects by itself and says so.
            watcher.awaitOn(node.topic("$state"), "\"online\":true");
        }
    }

    @Test
    void aNodeStoppedCleanlyLeavesOfflineRetained() throws Exception {
        node.stopNode();
        node.startNode();
        try (Paho5Probe late = new Paho5Probe(node.url(), "state-late")) {
            late.subscribe(node.topic("$state"), 1);
            Received state = late.awaitOn(node.topic("$state"));
            assertThat(state.retained()).isTrue();
            assertThat(state.text()).contains("\"online\":true");
        }
    }

    @Test
    void qos1ValuesQueuedForAPersistentMqtt5SessionSurviveANodeRestart() throws Exception {
        try (Paho5Probe subscriber = new Paho5Probe(node.url(), "persistent5", true, 3600)) {
            subscriber.subscribe(node.topic("r101/temperature"), 1);
        }
        assertSurvivesRestart(() -> new Paho5Probe(node.url(), "persistent5", false, 3600));
    }

    @Test
    void qos1ValuesQueuedForAPersistentMqtt311SessionSurviveANodeRestart() throws Exception {
        try (Paho3Probe subscriber = new Paho3Probe(node.url(), "persistent3", false)) {
            subscriber.subscribe(node.topic("r101/temperature"), 1);
        }
        assertSurvivesRestart(() -> new Paho3Probe(node.url(), "persistent3", false));
    }

    private interface ProbeFactory {
        MqttProbe connect() throws Exception;
    }

    private void assertSurvivesRestart(ProbeFactory reconnect) throws Exception {
        for (double v : new double[] {20.0, 21.0, 22.0}) {
            node.bus().report("r101", "temperature", Sample.good(v, Instant.now()));
        }
        node.stopNode();
        node.startNode();
        try (MqttProbe subscriber = reconnect.connect()) {
            subscriber.awaitOn(node.topic("r101/temperature"), "\"v\":22.0");
            assertThat(subscriber.on(node.topic("r101/temperature")))
                    .extracting(Received::text)
                    .anySatisfy(t -> assertThat(t).contains("\"v\":20.0"))
                    .anySatisfy(t -> assertThat(t).contains("\"v\":21.0"));
        }
    }

    private RemotingConnection presenceConnection() {
        return node.broker.server().getRemotingService().getConnections().stream()
                .filter(c -> "objectbus-presence-n1".equals(c.getClientID()))
                .findFirst()
                .orElseThrow();
    }
}
