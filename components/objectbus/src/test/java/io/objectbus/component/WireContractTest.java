// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static io.objectbus.component.Schemas.assertValid;

import io.objectbus.model.Sample;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the node publishes matches the JSON Schemas in docs/schemas, which docs/PROTOCOL.md refers to; the answers to
 * rejected requests are checked in {@link RejectionWireContractTest}.
 */
class WireContractTest {

    private static BusFixture node;
    private static Paho5Probe client;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("contract", c -> c.setCov("max-interval=10m,min-interval=0s"));
        node.bus().describe(Rooms.room("r1", "floor-1", "hvac"));
        node.bus().report("r1", "temperature", Sample.good(21.25, Instant.now()));
        client = new Paho5Probe(node.url(), "contract-client");
        client.subscribe("ob/v1/#", 1);
        client.subscribe("replies/#", 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void valuesMatchTheValueSchema() throws Exception {
        assertValid("value", client.awaitOn(node.topic("r1/temperature")));
        node.camel.createProducerTemplate().sendBody("objectbus:stale?object=r1", "gateway offline");
        assertValid("value", client.awaitOn(node.topic("r1/temperature"), "stale"));
    }

    @Test
    void stateAndDescriptorsMatchTheirSchemas() throws Exception {
        assertValid("state", client.awaitOn(node.topic("$state")));
        assertValid("node-info", client.awaitOn(node.topic("$info")));
        assertValid("object-info", client.awaitOn(node.topic("r1/$info")));
    }

    @Test
    void theStateAtACleanStopAndAfterTheRestartMatchesTheStateSchema() throws Exception {
        try (BusFixture restarted = BusFixture.start("contract-restart", c -> {})) {
            try (Paho5Probe watcher = new Paho5Probe(restarted.url(), "state-contract", true, 3600)) {
                watcher.subscribe(restarted.topic("$state"), 1);
            }
            restarted.stopNode();
            restarted.startNode();
            try (Paho5Probe watcher = new Paho5Probe(restarted.url(), "state-contract", false, 3600)) {
                assertValid("state", watcher.awaitOn(restarted.topic("$state"), "\"reason\":\"stopped\""));
                assertValid("state", watcher.awaitOn(restarted.topic("$state"), "\"previous\""));
            }
        }
    }

    @Test
    void writeRepliesMatchTheReplySchema() throws Exception {
        client.request(
                node.topic("r1/setpoint/$set"), "{\"v\":22,\"p\":8,\"owner\":\"t\",\"ttl\":60}", "replies/w", "c");
        client.request(node.topic("r1/setpoint/$set"), "{\"v\":99}", "replies/w", "c");
        Received applied = client.awaitOn("replies/w", "applied");
        Received rejected = client.awaitOn("replies/w", "rejected");
        assertValid("set-reply", applied);
        assertValid("set-reply", rejected);
        assertValid("error", client.awaitOn(node.topic("$errors")));
    }

    @Test
    void discoveryRepliesMatchTheReplySchema() throws Exception {
        client.request("ob/v1/$discover", "{}", "replies/d1", "c");
        client.request(node.topic("$discover"), "{\"detail\":\"full\"}", "replies/d2", "c");
        assertValid("discover-reply", client.awaitOn("replies/d1"));
        assertValid("discover-reply", client.awaitOn("replies/d2"));
    }

    @Test
    void eventsMatchTheEventSchema() throws Exception {
        node.camel.createProducerTemplate().sendBody("objectbus:event?object=r1", Map.of("event", "door-opened"));
        assertValid("event", client.awaitOn(node.topic("r1/$event")));
    }

    @Test
    void requestExamplesOfTheProtocolMatchTheRequestSchemas() throws Exception {
        assertValid("set-request", "{\"v\":22.5,\"p\":8,\"owner\":\"bms\",\"ttl\":3600}");
        assertValid("set-request", "21.5");
        assertValid(
                "discover-request", "{\"list\":\"objects\",\"type\":\"room\",\"tag\":\"hvac\",\"detail\":\"full\"}");
    }
}
