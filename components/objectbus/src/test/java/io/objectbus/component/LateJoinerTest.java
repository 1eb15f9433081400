// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.Sample;
import io.objectbus.testing.MqttProbe;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LateJoinerTest {

    private BusFixture node;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("n1", c -> {});
        node.bus().describe(Rooms.room("r101", "floor-1", "hvac"));
        node.bus().describe(Rooms.meter("m1"));
        node.bus().report("r101", "temperature", Sample.good(21.5, Instant.now()));
        node.bus().report("m1", "power", Sample.good(1500, Instant.now()));
    }

    @AfterEach
    void stopNode() throws Exception {
        node.close();
    }

    @Test
    void mqtt5SubscriberToTheWholeTreeGetsStateDescriptorsAndValuesAsRetained() throws Exception {
        try (Paho5Probe late = new Paho5Probe(node.url(), "late5")) {
            late.subscribe("ob/v1/#", 1);
            assertWholePicture(late);
        }
    }

    @Test
    void mqtt311SubscriberToTheWholeTreeGetsTheSamePicture() throws Exception {
        try (Paho3Probe late = new Paho3Probe(node.url(), "late3")) {
            late.subscribe("ob/v1/#", 1);
            assertWholePicture(late);
        }
    }

    @Test
    void aNarrowFilterGetsOnlyWhatItMatches() throws Exception {
        try (Paho5Probe late = new Paho5Probe(node.url(), "narrow")) {
            late.subscribe("ob/v1/n1/+/temperature", 0);
            late.awaitOn(node.topic("r101/temperature"));
            late.subscribe("ob/v1/n1/m1/#", 0);
            late.awaitOn(node.topic("m1/power"));
            late.awaitOn(node.topic("m1/$info"));
            assertThat(late.received())
                    .extracting(Received::topic)
                    .containsOnly(node.topic("r101/temperature"), node.topic("m1/power"), node.topic("m1/$info"));
        }
    }

    @Test
    void liveValuesAfterTheSnapshotAreNotRetained() throws Exception {
        try (Paho5Probe late = new Paho5Probe(node.url(), "live")) {
            late.subscribe("ob/v1/n1/r101/temperature", 0);
            late.awaitOn(node.topic("r101/temperature"));
            node.bus().report("r101", "temperature", Sample.good(23.0, Instant.now()));
            Received live = late.awaitOn(node.topic("r101/temperature"), "23.0");
            assertThat(live.retained()).isFalse();
        }
    }

    @Test
    void theBrokerKeepsNoRetainedQueuePerValue() throws Exception {
        try (Paho5Probe late = new Paho5Probe(node.url(), "count")) {
            late.subscribe("ob/v1/#", 0);
            late.awaitOn(node.topic("m1/power"));
        }
        long retainQueues = node.broker
                .server()
                .getPostOffice()
                .getAllBindings()
                .filter(b -> b.getAddress().toString().startsWith("$sys.mqtt.retain.ob"))
                .count();
        // Not even the node's $state: the bus serves it with the rest.
        assertThat(retainQueues).isZero();
    }

    @Test
    void aStateThatAnEarlierVersionLeftRetainedIsNotServedAfterARestart() throws Exception {
        try (Paho5Probe earlier = new Paho5Probe(node.url(), "objectbus-presence-n1")) {
            earlier.publish(node.topic("$state"), "{\"online\":true,\"since\":\"2020-01-01T00:00:00.000Z\"}", 1, true);
        }
        node.stopNode();
        node.startNode();
        try (Paho5Probe late = new Paho5Probe(node.url(), "late-after-upgrade")) {
            late.subscribe(node.topic("$state"), 1);
            late.awaitOn(node.topic("$state"), "\"online\":true");
            Awaitility.await()
                    .during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> late.on(node.topic("$state")).size() == 1);
            assertThat(late.on(node.topic("$state")).get(0).text()).doesNotContain("2020");
        }
    }

    private void assertWholePicture(MqttProbe late) {
        Received state = late.awaitOn(node.topic("$state"), "\"online\":true");
        Received nodeInfo = late.awaitOn(node.topic("$info"), "\"objects\":2");
        Received roomInfo = late.awaitOn(node.topic("r101/$info"), "\"setpoint\"");
        Received temperature = late.awaitOn(node.topic("r101/temperature"), "\"v\":21.5");
        Received power = late.awaitOn(node.topic("m1/power"), "\"u\":\"W\"");
        assertThat(temperature.text()).contains("\"u\":\"Cel\"", "\"q\":\"good\"", "\"seq\":");
        assertThat(power.text()).contains("\"v\":1500");
        assertThat(new Received[] {state, nodeInfo, roomInfo, temperature, power})
                .allMatch(Received::retained);
    }
}
