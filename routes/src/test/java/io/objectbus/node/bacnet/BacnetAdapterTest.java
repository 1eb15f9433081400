// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.server.Fault;
import io.objectbus.bacnet.server.PriorityArray;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.component.BusFixture;
import io.objectbus.component.WriteClient;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A BACnet/IP network on the bus: simulated devices over real UDP, to MQTT subscribers of the bus. */
class BacnetAdapterTest {
    private static final ObjectIdentifier ZONE_TEMPERATURE = ObjectIdentifier.parse("analog-input:1");

    private static SimulatedBacnetDevice withCov;
    private static SimulatedBacnetDevice withoutCov;
    /** Restarts: its objects are written by the tests of restarts and refusals only. */
    private static SimulatedBacnetDevice restarting;

    private static BusFixture bus;
    private static Paho5Probe watcher;

    @BeforeAll
    static void start() throws Exception {
        withCov = BacnetSite.device(1001);
        withoutCov = BacnetSite.device(1002);
        // A device without COV and without ReadPropertyMultiple: read one property at a time, polled.
        withoutCov.faults().fail(ServiceChoice.SUBSCRIBE_COV, Fault.reject(ErrorNames.REJECT_UNRECOGNIZED_SERVICE));
        withoutCov
                .faults()
                .fail(ServiceChoice.READ_PROPERTY_MULTIPLE, Fault.reject(ErrorNames.REJECT_UNRECOGNIZED_SERVICE));
        int restartingAdapterPort = BacnetSite.freeUdpPort();
        restarting = BacnetSite.device(1003, restartingAdapterPort);
        bus = BusFixture.start(
                "n1",
                component -> {},
                BacnetSite.adapters(Map.of(1003, restartingAdapterPort), withCov, withoutCov, restarting));
        watcher = new Paho5Probe(bus.url(), "bacnet-watcher");
        watcher.subscribe("ob/v1/n1/#", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        watcher.close();
        bus.close();
        withCov.close();
        withoutCov.close();
        restarting.close();
    }

    private static Received awaitOn(String rest, String... fragments) {
        return awaitAfter(0, rest, fragments);
    }

    /** The first message on the topic with every fragment among those that arrived after the first {@code mark}. */
    static Received awaitAfter(int mark, String rest, String... fragments) {
        String topic = bus.topic(rest);
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> watcher.received().stream()
                                .skip(mark)
                                .filter(r -> r.topic().equals(topic) && containsAll(r.text(), fragments))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static boolean containsAll(String text, String... fragments) {
        for (String fragment : fragments) {
            if (!text.contains(fragment)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theDevicesObjectsAreOnTheBusWithUnitsRangesAndStates() {
        Received temperature = awaitOn("bacnet-1001-analog-input-1/$info", "\"name\":\"Zone Temperature\"");
        assertThat(temperature.text())
                .contains("\"type\":\"analog-input\"", "\"protocol\":\"bacnet\"", "\"unit\":\"Cel\"")
                .contains("\"min\":-40.0", "\"max\":80.0", "\"writable\":false");
        assertThat(awaitOn("bacnet-1001-analog-value-1/$info").text())
                .contains("\"writable\":true", "\"relinquishDefault\":21.0", "\"min\":10.0");
        assertThat(awaitOn("bacnet-1001-multi-state-output-1/$info").text())
                .contains("\"type\":\"enum\"", "\"enum\":[\"Off\",\"Low\",\"Medium\",\"High\"]");
        assertThat(awaitOn("bacnet-1001-binary-input-1/$info").text()).contains("false = Unoccupied, true = Occupied");
        awaitOn("bacnet-1001-analog-input-2/present-value", "\"u\":\"%RH\"", "\"q\":\"good\"");
        awaitOn("bacnet-1002-multi-state-value-1/present-value", "\"v\":\"Winter\"");
    }

    @Test
    void aChangeOfValueReachesTheBusByCov() {
        awaitOn("bacnet-1001-analog-input-1/present-value");
        withCov.objects().point(ZONE_TEMPERATURE).updatePresentValue(new RealValue(24.5f));
        awaitOn("bacnet-1001-analog-input-1/present-value", "\"v\":24.5", "\"u\":\"Cel\"");
        assertThat(withCov.device().covSubscriptionCount()).isEqualTo(10);
    }

    @Test
    void aDeviceWithoutCovIsPolled() {
        awaitOn("bacnet-1002-analog-input-1/present-value");
        withoutCov
                .objects()
                .point(ObjectIdentifier.parse("multi-state-input:1"))
                .updatePresentValue(new UnsignedValue(3));
        withoutCov.objects().point(ZONE_TEMPERATURE).updatePresentValue(new RealValue(17.25f));
        awaitOn("bacnet-1002-analog-input-1/present-value", "\"v\":17.25");
        awaitOn("bacnet-1002-multi-state-input-1/present-value", "\"v\":\"Cool\"");
        assertThat(withoutCov.device().covSubscriptionCount()).isZero();
    }

    @Test
    void aDeviceThatStopsAnsweringTurnsStaleThenFreshWhenItAnswersAgain() {
        awaitOn("bacnet-1002-analog-input-2/present-value", "\"q\":\"good\"");
        withoutCov.faults().silent(true);
        try {
            awaitOn("bacnet-1002-analog-input-2/present-value", "\"q\":\"stale\"", "not answering");
            awaitOn("bacnet-1002-binary-output-1/present-value", "\"q\":\"stale\"");
        } finally {
            withoutCov.faults().silent(false);
        }
        int mark = watcher.received().size();
        awaitAfter(mark, "bacnet-1002-analog-input-2/present-value", "\"q\":\"good\"");
    }

    @Test
    void writesReachTheDevicesPriorityArrayAtTheBusPriorityAndRelinquishThere() throws Exception {
        awaitOn("bacnet-1001-analog-output-1/$info");
        PriorityArray valve = withCov.objects()
                .point(ObjectIdentifier.parse("analog-output:1"))
                .priorityArray();
        String topic = bus.topic("bacnet-1001-analog-output-1/present-value/$set");
        try (WriteClient writer = new WriteClient(bus.url(), "bacnet-writer")) {
            assertThat(writer.write(topic, "{\"v\":40,\"p\":8}").path("status").asText())
                    .isEqualTo("applied");
            assertThat(valve.slots().get(7)).isEqualTo(new RealValue(40f));

            // Clause 19.2: priority 3 overrides 8; the bus holds one level on the device, the one in control.
            assertThat(writer.write(topic, "{\"v\":90,\"p\":3}").path("status").asText())
                    .isEqualTo("applied");
            assertThat(valve.slots().get(2)).isEqualTo(new RealValue(90f));
            assertThat(valve.slots().get(7)).isEqualTo(BacnetValue.NullValue.INSTANCE);
            awaitOn("bacnet-1001-analog-output-1/present-value", "\"v\":90.0");

            assertThat(writer.write(topic, "{\"v\":null,\"p\":3}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
            assertThat(valve.activePriority()).isEqualTo(8);
            assertThat(valve.effective()).isEqualTo(new RealValue(40f));

            assertThat(writer.write(topic, "{\"v\":null,\"p\":8}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
            assertThat(valve.activePriority()).isZero();
            awaitOn("bacnet-1001-analog-output-1/present-value", "\"v\":0.0");

            String speed = bus.topic("bacnet-1001-multi-state-output-1/present-value/$set");
            assertThat(writer.write(speed, "{\"v\":\"High\",\"p\":10}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
            assertThat(withCov.objects()
                            .point(ObjectIdentifier.parse("multi-state-output:1"))
                            .priorityArray()
                            .slots()
                            .get(9))
                    .isEqualTo(new UnsignedValue(4));
        }
    }

    @Test
    void aDeviceAnsweringErrorRejectOrAbortFailsTheWriteWithTheReason() throws Exception {
        awaitOn("bacnet-1001-analog-value-1/$info");
        String topic = bus.topic("bacnet-1001-analog-value-1/present-value/$set");
        try (WriteClient writer = new WriteClient(bus.url(), "bacnet-refused")) {
            withCov.faults()
                    .fail(
                            ServiceChoice.WRITE_PROPERTY,
                            Fault.error(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_WRITE_ACCESS_DENIED));
            JsonNode error = writer.write(topic, "{\"v\":11}");
            assertThat(error.path("status").asText()).isEqualTo("failed");
            assertThat(error.path("reason").asText()).isEqualTo("BACnet error property/write-access-denied");

            withCov.faults().fail(ServiceChoice.WRITE_PROPERTY, Fault.reject(ErrorNames.REJECT_PARAMETER_OUT_OF_RANGE));
            assertThat(writer.write(topic, "{\"v\":12}").path("reason").asText())
                    .isEqualTo("BACnet reject: parameter-out-of-range");

            withCov.faults().fail(ServiceChoice.WRITE_PROPERTY, Fault.abort(9));
            assertThat(writer.write(topic, "{\"v\":13}").path("reason").asText())
                    .isEqualTo("BACnet abort: out-of-resources");
        } finally {
            withCov.faults().clear();
        }
    }

    @Test
    void aDeviceThatRestartsGetsTheBusCommandBackAtItsPriorityWithoutANewWrite() throws Exception {
        awaitOn("bacnet-1003-binary-output-1/$info");
        PriorityArray fan = restarting
                .objects()
                .point(ObjectIdentifier.parse("binary-output:1"))
                .priorityArray();
        String topic = bus.topic("bacnet-1003-binary-output-1/present-value/$set");
        try (WriteClient writer = new WriteClient(bus.url(), "bacnet-restart")) {
            assertThat(writer.write(topic, "{\"v\":true,\"p\":8}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
        }
        assertThat(fan.slots().get(7)).isEqualTo(new EnumeratedValue(1));

        restarting.restart();

        assertThat(fan.activePriority()).isZero();
        // The device's I-Am after the restart has the adapter read level 8 back, find it empty and command it again.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> new EnumeratedValue(1).equals(fan.slots().get(7)));
        assertThat(fan.activePriority()).isEqualTo(8);
    }

    @Test
    void aDeviceLostThenFoundAgainAfterARestartGetsTheBusCommandBack() throws Exception {
        awaitOn("bacnet-1003-analog-value-1/$info");
        PriorityArray setpoint = restarting
                .objects()
                .point(ObjectIdentifier.parse("analog-value:1"))
                .priorityArray();
        String topic = bus.topic("bacnet-1003-analog-value-1/present-value/$set");
        try (WriteClient writer = new WriteClient(bus.url(), "bacnet-lost")) {
            assertThat(writer.write(topic, "{\"v\":23.5,\"p\":9}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
        }
        int mark = watcher.received().size();
        restarting.faults().silent(true);
        try {
            awaitAfter(mark, "bacnet-1003-analog-value-1/present-value", "\"q\":\"stale\"");
            // Off the network long enough to be lost, and back without its commands and without a word.
            restarting.restart();
            assertThat(setpoint.activePriority()).isZero();
        } finally {
            restarting.faults().silent(false);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> new RealValue(23.5f).equals(setpoint.slots().get(8)));
        awaitAfter(mark, "bacnet-1003-analog-value-1/present-value", "\"q\":\"good\"");
    }

    @Test
    void aWriteTheDeviceRefusedDoesNotStayInControl() throws Exception {
        awaitOn("bacnet-1003-multi-state-output-1/$info");
        PriorityArray speed = restarting
                .objects()
                .point(ObjectIdentifier.parse("multi-state-output:1"))
                .priorityArray();
        String topic = bus.topic("bacnet-1003-multi-state-output-1/present-value/$set");
        try (WriteClient writer = new WriteClient(bus.url(), "bacnet-denied")) {
            assertThat(writer.write(topic, "{\"v\":\"Low\",\"p\":8}")
                            .path("status")
                            .asText())
                    .isEqualTo("applied");
            restarting
                    .faults()
                    .fail(
                            ServiceChoice.WRITE_PROPERTY,
                            Fault.error(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_WRITE_ACCESS_DENIED));
            try {
                JsonNode refused = writer.write(topic, "{\"v\":\"High\",\"p\":6}");
                assertThat(refused.path("status").asText()).isEqualTo("failed");
                assertThat(refused.at("/effective/p").asInt()).isEqualTo(8);
                assertThat(refused.at("/effective/v").asText()).isEqualTo("Low");
            } finally {
                restarting.faults().clear();
            }
            JsonNode next = writer.write(topic, "{\"v\":\"Medium\",\"p\":7}");
            assertThat(next.path("status").asText()).isEqualTo("applied");
            assertThat(next.at("/effective/p").asInt()).isEqualTo(7);
        }
        // Clause 19.2: the device holds the bus's value at 7 only; 6 was never written, 8 was given back.
        assertThat(speed.activePriority()).isEqualTo(7);
        assertThat(speed.effective()).isEqualTo(new UnsignedValue(3));
        assertThat(speed.slots().get(7)).isEqualTo(BacnetValue.NullValue.INSTANCE);
    }
}
