// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.Json;
import io.objectbus.model.Sample;
import io.objectbus.testing.MqttProbe;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Instant;
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
    void theNodeAnnouncesItselfOnTheBusWithoutAnMqttConnectionOfItsOwn() throws Exception {
        assertThat(node.broker.server().getRemotingService().getConnections())
                .as("MQTT connections to the node's broker")
                .noneMatch(connection -> "MQTT".equals(connection.getProtocolName()));
        try (Paho5Probe late = new Paho5Probe(node.url(), "state-late")) {
            late.subscribe(node.topic("$state"), 1);
            Received state = late.awaitOn(node.topic("$state"), "\"online\":true");
            assertThat(state.retained()).isTrue();
            assertThat(state.text()).doesNotContain("previous"); // a first run
        }
    }

    @Test
    void aCleanStopIsAnnouncedAndTheNextStartSaysHowThePreviousRunEnded() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe(node.url(), "state-watcher", true, 3600)) {
            watcher.subscribe(node.topic("$state"), 1);
        }
        node.stopNode();
        node.startNode();
        try (Paho5Probe watcher = new Paho5Probe(node.url(), "state-watcher", false, 3600)) {
            Received stopped = watcher.awaitOn(node.topic("$state"), "\"online\":false");
            assertThat(stopped.text()).contains("\"reason\":\"stopped\"");
            Received online = watcher.awaitOn(node.topic("$state"), "\"online\":true");
            assertThat(Json.parse(online.payload()).path("previous").path("end").asText())
                    .isEqualTo("stopped");
            assertThat(Json.parse(online.payload())
                            .path("previous")
                            .path("lastSeen")
                            .asText())
                    .isEqualTo(Json.parse(stopped.payload()).path("since").asText());
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
}
