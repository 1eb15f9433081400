// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes with a BACnet-style priority array (ASHRAE 135 clause 19.2) through an adapter route. */
class PriorityWriteTest {

    private final List<WriteCommand> applied = new CopyOnWriteArrayList<>();
    private BusFixture node;
    private WriteClient client;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("n1", c -> c.setWriteTimeout(500), new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:set?object=r1*")
                        .routeId("adapter-test-rooms")
                        .process(e -> applied.add(e.getMessage().getBody(WriteCommand.class)));
                from("objectbus:set?object=broken")
                        .routeId("adapter-test-broken")
                        .throwException(new IllegalStateException("device answered: out of service"));
                from("objectbus:set?object=slow").routeId("adapter-test-slow").delay(3000);
                // A device that refuses set points above 25 (and requests of owner denied); the late one says so only
                // after
                // the write timeout.
                from("objectbus:set?object=picky")
                        .routeId("adapter-test-picky")
                        .process(e -> applied.add(e.getMessage().getBody(WriteCommand.class)))
                        .process(e -> refuseAbove25(e.getMessage().getBody(WriteCommand.class)));
                from("objectbus:set?object=late")
                        .routeId("adapter-test-late")
                        .process(e -> applied.add(e.getMessage().getBody(WriteCommand.class)))
                        .delay(2000)
                        .process(e -> refuseAbove25(e.getMessage().getBody(WriteCommand.class)));
            }
        });
        for (String id : List.of("r101", "broken", "slow", "virtual", "picky", "late")) {
            ObjectDescriptor room = Rooms.room(id, "floor-1");
            node.bus().describe(room);
        }
        client = new WriteClient(node.url(), "writer");
    }

    @AfterEach
    void stopNode() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void writeAtPriority8IsAcceptedThenAppliedByTheAdapter() throws Exception {
        String replies = client.send(node.topic("r101/setpoint/$set"), "{\"v\":22.5,\"p\":8}");
        client.awaitAnswers(replies, 2);
        assertThat(client.answers(replies))
                .extracting(r -> Json.parse(r.payload()).get("status").asText())
                .containsExactly("accepted", "applied");
        assertThat(lastCommand().value()).isEqualTo(22.5);
        assertThat(lastCommand().priority()).isEqualTo(8);
    }

    @Test
    void writeAtPriority8IsOverriddenByPriority3() throws Exception {
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":23,\"p\":3}");
        JsonNode reply = client.write(node.topic("r101/setpoint/$set"), "{\"v\":24,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("stored");
        assertThat(reply.get("reason").asText()).isEqualTo("priority 3 is in control");
        assertThat(reply.at("/effective/v").asDouble()).isEqualTo(23.0);
        assertThat(lastCommand().value()).isEqualTo(23.0);
    }

    @Test
    void relinquishingPriority3FallsBackToPriority8() throws Exception {
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":24,\"p\":8}");
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":23,\"p\":3}");
        JsonNode reply = client.write(node.topic("r101/setpoint/$set"), "{\"v\":null,\"p\":3}");
        assertThat(reply.get("status").asText()).isEqualTo("applied");
        assertThat(reply.at("/effective/p").asInt()).isEqualTo(8);
        assertThat(lastCommand().value()).isEqualTo(24.0);
    }

    @Test
    void relinquishingEveryLevelGivesTheRelinquishDefault() throws Exception {
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":24,\"p\":8}");
        JsonNode reply = client.write(node.topic("r101/setpoint/$set"), "{\"v\":null,\"p\":8}");
        assertThat(reply.at("/effective/p").asInt()).isZero();
        assertThat(lastCommand().value()).isEqualTo(21.0);
        assertThat(lastCommand().priority()).isZero();
    }

    @Test
    void theSameValueWrittenAgainAtTheLevelInControlGoesToTheDeviceAgain() throws Exception {
        client.write(node.topic("r101/light/$set"), "{\"v\":true,\"p\":8}");
        int before = applied.size();
        JsonNode again = client.write(node.topic("r101/light/$set"), "{\"v\":true,\"p\":8}");
        assertThat(again.get("status").asText()).isEqualTo("applied");
        assertThat(applied).hasSize(before + 1);
    }

    @Test
    void aBareValueIsAWriteAtPriority16() throws Exception {
        JsonNode reply = client.write(node.topic("r101/setpoint/$set"), "19.5");
        assertThat(reply.get("status").asText()).isEqualTo("applied");
        assertThat(lastCommand().priority()).isEqualTo(16);
    }

    @Test
    void aWriteWithATimeToLiveIsRelinquishedWhenItExpires() throws Exception {
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":20,\"p\":8}");
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":28,\"p\":1,\"ttl\":0.3,\"owner\":\"override\"}");
        assertThat(applied).anyMatch(c -> c.value().equals(28.0) && "override".equals(c.owner()));
        await().until(() -> lastCommand().value().equals(20.0) && lastCommand().priority() == 8);
    }

    @Test
    void enumWritesTakeOnlyTheirValues() throws Exception {
        assertThat(client.write(node.topic("r101/mode/$set"), "{\"v\":\"eco\"}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        JsonNode rejected = client.write(node.topic("r101/mode/$set"), "{\"v\":\"turbo\"}");
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("reason").asText()).contains("not one of [comfort, eco, off]");
    }

    @Test
    void anObjectWithoutAdapterTakesTheValueOnTheBus() throws Exception {
        try (WriteClient watcher = new WriteClient(node.url(), "watcher")) {
            watcher.probe().subscribe(node.topic("virtual/light"), 0);
            JsonNode reply = client.write(node.topic("virtual/light/$set"), "{\"v\":true,\"p\":10}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
            Received value = watcher.probe().awaitOn(node.topic("virtual/light"));
            assertThat(value.text()).contains("\"v\":true");
        }
    }

    @Test
    void anAdapterErrorIsReportedAsFailedWithItsReason() throws Exception {
        JsonNode reply = client.write(node.topic("broken/setpoint/$set"), "{\"v\":22,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("failed");
        assertThat(reply.get("reason").asText()).isEqualTo("device answered: out of service");
    }

    @Test
    void anAdapterThatDoesNotConfirmInTimeIsReportedAsTimeout() throws Exception {
        JsonNode reply = client.write(node.topic("slow/setpoint/$set"), "{\"v\":22,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("timeout");
    }

    @Test
    void aWriteTheDeviceRefusedLeavesThePriorityArrayAsItWasBefore() throws Exception {
        String topic = node.topic("picky/setpoint/$set");
        assertThat(client.write(topic, "{\"v\":22,\"p\":8}").get("status").asText())
                .isEqualTo("applied");
        JsonNode refused = client.write(topic, "{\"v\":28,\"p\":6}");
        assertThat(refused.get("status").asText()).isEqualTo("failed");
        assertThat(refused.get("reason").asText()).isEqualTo("device refused 28.0");
        assertThat(refused.at("/effective/p").asInt()).isEqualTo(8);
        assertThat(refused.at("/effective/v").asDouble()).isEqualTo(22.0);

        // Level 6 is not in control: a write at 7 goes to the device.
        JsonNode next = client.write(topic, "{\"v\":23,\"p\":7}");
        assertThat(next.get("status").asText()).isEqualTo("applied");
        assertThat(next.at("/effective/p").asInt()).isEqualTo(7);
        assertThat(lastCommand().value()).isEqualTo(23.0);
        assertThat(lastCommand().priority()).isEqualTo(7);
    }

    @Test
    void aRelinquishTheDeviceRefusedKeepsTheLevel() throws Exception {
        String topic = node.topic("picky/setpoint/$set");
        assertThat(client.write(topic, "{\"v\":22,\"p\":8}").get("status").asText())
                .isEqualTo("applied");
        JsonNode relinquish = client.write(topic, "{\"v\":null,\"p\":8,\"owner\":\"denied\"}");
        assertThat(relinquish.get("status").asText()).isEqualTo("failed");
        assertThat(relinquish.at("/effective/p").asInt()).isEqualTo(8);
        JsonNode lower = client.write(topic, "{\"v\":24,\"p\":10}");
        assertThat(lower.get("status").asText()).isEqualTo("stored");
        assertThat(lower.get("reason").asText()).isEqualTo("priority 8 is in control");
    }

    @Test
    void aWriteThatTimedOutStaysInControlUntilTheAdapterReportsItFailed() throws Exception {
        String topic = node.topic("late/setpoint/$set");
        assertThat(client.write(topic, "{\"v\":28,\"p\":8}").get("status").asText())
                .isEqualTo("timeout");
        JsonNode lower = client.write(topic, "{\"v\":22,\"p\":10}");
        assertThat(lower.get("status").asText()).isEqualTo("stored");
        assertThat(lower.get("reason").asText()).isEqualTo("priority 8 is in control");

        // The late failure takes level 8 out again, and level 10 goes to the device without a new write.
        await().atMost(Duration.ofSeconds(30)).until(() -> applied.stream()
                .anyMatch(c -> c.objectId().equals("late")
                        && c.priority() == 10
                        && c.value().equals(22.0)));
    }

    @Test
    void recommandSendsTheLevelsInControlToTheAdapterAgainWithoutAWrite() throws Exception {
        client.write(node.topic("r101/setpoint/$set"), "{\"v\":24,\"p\":8,\"owner\":\"bms\"}");
        int before = applied.size();
        node.camel
                .createProducerTemplate()
                .sendBodyAndHeader("objectbus:recommand", "device restarted", ObjectBusConstants.OBJECT, "r101");
        await().until(() -> applied.size() > before);
        WriteCommand again = applied.get(before);
        assertThat(again.resourceId()).isEqualTo("setpoint");
        assertThat(again.value()).isEqualTo(24.0);
        assertThat(again.priority()).isEqualTo(8);
        assertThat(again.owner()).isEqualTo("bms");
        // The other writable resources hold no level: their devices keep their own defaults.
        assertThat(applied).hasSize(before + 1);
    }

    private static void refuseAbove25(WriteCommand command) {
        if (command.value() instanceof Double v && v > 25) {
            throw new IllegalStateException("device refused " + v);
        }
        if ("denied".equals(command.owner())) {
            throw new IllegalStateException("device refused the relinquish");
        }
    }

    private WriteCommand lastCommand() {
        await().until(() -> !applied.isEmpty());
        return applied.get(applied.size() - 1);
    }
}
