// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Objects belong to the route that described them: they leave the bus with it and turn stale when it fails. */
class RouteOwnershipTest {

    private static BusFixture node;
    private static Paho5Probe client;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("owners", c -> {}, adapters());
        node.bus().describe(Rooms.room("hall", "floor-0"));
        client = new Paho5Probe(node.url(), "owners-watcher");
        client.subscribe("ob/v1/owners/#", 0);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void theObjectsOfAStoppedRouteLeaveTheBusAndDiscoveryWhileOthersStay() throws Exception {
        client.awaitOn("ob/v1/owners/pump/flow", "1.5");
        node.camel.getRouteController().stopRoute("adapter-test-pump");
        emptied("pump");
        assertThat(discovered()).contains("hall").doesNotContain("pump");
    }

    @Test
    void aRouteWhoseExchangesFailTurnsItsObjectsStaleWithTheReason() {
        Received stale = client.await(
                r -> r.topic().equals("ob/v1/owners/valve/position") && r.text().contains("\"q\":\"stale\""));
        assertThat(stale.text()).contains("valve does not answer").contains("\"v\":40");
    }

    @Test
    void theObjectsAKameletDescribesBelongToTheRouteThatUsesIt() throws Exception {
        client.awaitOn("ob/v1/owners/meter/energy", "12.5");
        node.camel.getRouteController().stopRoute("adapter-test-meter");
        node.camel.removeRoute("adapter-test-meter");
        emptied("meter");
    }

    private static void emptied(String object) {
        client.await(r -> r.topic().equals("ob/v1/owners/" + object + "/$info") && r.payload().length == 0);
    }

    private static List<String> discovered() throws Exception {
        String replies = "replies/" + System.nanoTime();
        client.subscribe(replies, 1);
        client.request("ob/v1/owners/$discover", "{\"object\":\"*\"}", replies, "d");
        List<String> ids = new ArrayList<>();
        JsonNode reply = Json.parse(client.awaitOn(replies).payload());
        reply.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private static RouteBuilder adapters() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:pump?period=100")
                        .routeId("adapter-test-pump")
                        .setBody(constant(object("pump", "flow", "m3/h")))
                        .to("objectbus:describe")
                        .setBody(constant("{\"flow\": 1.5}"))
                        .to("objectbus:publish?object=pump");
                // A device that answers three times, then not any more.
                from("timer:valve?period=100&includeMetadata=true")
                        .routeId("adapter-test-valve")
                        .filter(simple("${exchangeProperty.CamelTimerCounter} > 3"))
                        .throwException(new IOException("valve does not answer"))
                        .end()
                        .setBody(constant(object("valve", "position", "%")))
                        .to("objectbus:describe")
                        .setBody(constant("{\"position\": 40}"))
                        .to("objectbus:publish?object=valve");
                routeTemplate("meter-source")
                        .from("timer:meter?period=100&repeatCount=1")
                        .setBody(constant(object("meter", "energy", "kW.h")))
                        .to("objectbus:describe")
                        .setBody(constant("{\"energy\": 12.5}"))
                        .to("objectbus:publish?object=meter")
                        .to("kamelet:sink");
                from("kamelet:meter-source").routeId("adapter-test-meter").log("metered");
            }
        };
    }

    private static String object(String id, String resource, String unit) {
        return "{\"id\":\"" + id + "\",\"type\":\"device\",\"resources\":{\"" + resource
                + "\":{\"type\":\"number\",\"unit\":\"" + unit + "\"}}}";
    }
}
