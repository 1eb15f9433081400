// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private static BusFixture node;
    private static Paho5Probe client5;
    private static Paho3Probe client3;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("site-a", c -> {});
        node.bus().describe(Rooms.room("r101", "floor-1", "hvac", "north"));
        node.bus().describe(Rooms.room("r102", "floor-1", "hvac"));
        node.bus().describe(Rooms.room("r201", "floor-2", "lighting"));
        node.bus().describe(Rooms.meter("m1"));
        client5 = new Paho5Probe(node.url(), "disc5");
        client5.subscribe("replies/#", 1);
        client3 = new Paho3Probe(node.url(), "disc3");
        client3.subscribe("replies3/#", 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client5.close();
        client3.close();
        node.close();
    }

    @Test
    void broadcastListsNodesWithMqtt5CorrelationData() throws Exception {
        client5.request("ob/v1/$discover", "{}", "replies/nodes", "corr-1");
        Received reply = client5.awaitOn("replies/nodes");
        assertThat(new String(reply.correlationData(), StandardCharsets.UTF_8)).isEqualTo("corr-1");
        JsonNode json = Json.parse(reply.payload());
        assertThat(json.get("node").asText()).isEqualTo("site-a");
        assertThat(json.at("/info/objects").asInt()).isEqualTo(4);
    }

    @Test
    void broadcastListsNodesForMqtt311WithReplyAndIdInThePayload() throws Exception {
        client3.publish("ob/v1/$discover", "{\"id\":\"q-7\",\"reply\":\"replies3/nodes\"}", 1, false);
        JsonNode json = Json.parse(client3.awaitOn("replies3/nodes").payload());
        assertThat(json.get("id").asText()).isEqualTo("q-7");
        assertThat(json.at("/info/id").asText()).isEqualTo("site-a");
    }

    @Test
    void objectsFilterByType() throws Exception {
        assertThat(ids5("{\"type\":\"meter\"}")).containsExactly("m1");
    }

    @Test
    void objectsFilterByProtocol() throws Exception {
        assertThat(ids5("{\"protocol\":\"sim\"}")).containsExactlyInAnyOrder("r101", "r102", "r201");
    }

    @Test
    void objectsFilterByTag() throws Exception {
        assertThat(ids5("{\"tag\":\"hvac\"}")).containsExactlyInAnyOrder("r101", "r102");
    }

    @Test
    void objectsFilterByLocation() throws Exception {
        assertThat(ids5("{\"location\":\"floor-1\"}")).containsExactlyInAnyOrder("r101", "r102");
        assertThat(ids5("{\"type\":\"room\",\"location\":\"FLOOR-*\"}"))
                .containsExactlyInAnyOrder("r101", "r102", "r201");
    }

    @Test
    void aBroadcastLocationFilterOverMqtt311ListsTheObjectsThere() throws Exception {
        client3.publish(
                "ob/v1/$discover",
                "{\"id\":\"l\",\"reply\":\"replies3/location\",\"location\":\"basement\"}",
                1,
                false);
        JsonNode json = Json.parse(client3.awaitOn("replies3/location").payload());
        assertThat(json.get("id").asText()).isEqualTo("l");
        assertThat(ids(json)).containsExactly("m1");
    }

    @Test
    void objectsFilterByNameGlob() throws Exception {
        assertThat(ids5("{\"name\":\"Room r1*\"}")).containsExactlyInAnyOrder("r101", "r102");
    }

    @Test
    void objectsFilterByResource() throws Exception {
        assertThat(ids5("{\"resource\":\"power\"}")).containsExactly("m1");
    }

    @Test
    void objectsFilterByObjectGlobOverMqtt311() throws Exception {
        client3.publish(
                "ob/v1/site-a/$discover", "{\"id\":\"g\",\"reply\":\"replies3/glob\",\"object\":\"r?0?\"}", 1, false);
        JsonNode json = Json.parse(client3.awaitOn("replies3/glob").payload());
        assertThat(ids(json)).containsExactlyInAnyOrder("r101", "r102", "r201");
    }

    @Test
    void broadcastWithAnObjectFilterFindsObjectsOnEveryNode() throws Exception {
        client5.request("ob/v1/$discover", "{\"type\":\"meter\"}", "replies/find", "f");
        assertThat(ids(Json.parse(client5.awaitOn("replies/find").payload()))).containsExactly("m1");
    }

    @Test
    void describeAnObjectGivesResourcesTypesUnitsRangesAndWritability() throws Exception {
        client5.request("ob/v1/site-a/$discover", "{\"object\":\"r101\",\"detail\":\"full\"}", "replies/describe", "d");
        JsonNode object =
                Json.parse(client5.awaitOn("replies/describe").payload()).at("/objects/0");
        assertThat(object.get("id").asText()).isEqualTo("r101");
        assertThat(object.at("/resources/temperature/type").asText()).isEqualTo("number");
        assertThat(object.at("/resources/temperature/unit").asText()).isEqualTo("Cel");
        assertThat(object.at("/resources/temperature/min").asDouble()).isEqualTo(-40.0);
        assertThat(object.at("/resources/setpoint/writable").asBoolean()).isTrue();
        assertThat(object.at("/resources/mode/enum").toString()).isEqualTo("[\"comfort\",\"eco\",\"off\"]");
        assertThat(object.at("/priorities/setpoint").size()).isEqualTo(16);
    }

    @Test
    void aNodeFilterThatDoesNotMatchGetsNoAnswerFromThisNode() throws Exception {
        client5.request("ob/v1/$discover", "{\"node\":\"other-*\"}", "replies/none", "n");
        client5.request("ob/v1/$discover", "{\"node\":\"site-*\"}", "replies/some", "s");
        client5.awaitOn("replies/some");
        assertThat(client5.on("replies/none")).isEmpty();
    }

    @Test
    void largeListingsComeInPages() throws Exception {
        for (int i = 0; i < 1200; i++) {
            node.bus().describe(Rooms.meter("bulk-" + i));
        }
        client5.request("ob/v1/site-a/$discover", "{\"object\":\"bulk-*\"}", "replies/pages", "p");
        org.awaitility.Awaitility.await()
                .until(() -> client5.on("replies/pages").size() == 3);
        List<String> all = new ArrayList<>();
        for (Received page : client5.on("replies/pages")) {
            JsonNode json = Json.parse(page.payload());
            assertThat(json.get("pages").asInt()).isEqualTo(3);
            assertThat(json.get("total").asInt()).isEqualTo(1200);
            all.addAll(ids(json));
        }
        assertThat(all).hasSize(1200).doesNotHaveDuplicates();
        for (int i = 0; i < 1200; i++) {
            node.bus().remove("bulk-" + i);
        }
    }

    private static List<String> ids5(String request) throws Exception {
        String replyTopic = "replies/" + System.nanoTime();
        client5.request("ob/v1/site-a/$discover", request, replyTopic, "c");
        return ids(Json.parse(client5.awaitOn(replyTopic).payload()));
    }

    private static List<String> ids(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }
}
