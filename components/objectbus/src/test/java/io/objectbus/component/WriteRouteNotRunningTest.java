// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write whose write route is not running (stopped, or never started) fails at once with a clear reason: it never
 * holds the broker's delivery thread for the kamelet's or direct endpoint's wait for a consumer (30 s by default).
 */
class WriteRouteNotRunningTest {

    private static BusFixture node;
    private static Paho5Probe client;
    private static WriteClient writer;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("gone", c -> {}, adapters());
        client = new Paho5Probe(node.url(), "gone-watcher");
        client.subscribe("ob/v1/gone/+/$info", 1);
        writer = new WriteClient(node.url(), "gone-writer");
        node.camel
                .createProducerTemplate()
                .sendBody("direct:kamelet-adapter", Json.MAPPER.writeValueAsString(Rooms.room("k-1", "hall")));
        node.camel
                .createProducerTemplate()
                .sendBody("direct:direct-adapter", Json.MAPPER.writeValueAsString(Rooms.room("d-1", "hall")));
        node.camel.getRouteController().stopRoute("k-1-writes");
        node.camel.getRouteController().stopRoute("d-1-writes");
    }

    @AfterAll
    static void stopNode() throws Exception {
        writer.close();
        client.close();
        node.close();
    }

    @Test
    void aWriteToAKameletWriteRouteThatIsNotRunningFailsAtOnceWithTheReason() throws Exception {
        client.awaitOn(node.topic("k-1/$info"));
        assertFailsFast("k-1");
    }

    @Test
    void aWriteToADirectWriteRouteThatIsNotRunningFailsAtOnceWithTheReason() throws Exception {
        client.awaitOn(node.topic("d-1/$info"));
        assertFailsFast("d-1");
    }

    private static void assertFailsFast(String object) throws Exception {
        long start = System.nanoTime();
        JsonNode reply = writer.write(node.topic(object + "/setpoint/$set"), "{\"v\":22.5}");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(reply.get("status").asText()).isEqualTo("failed");
        assertThat(reply.get("reason").asText()).contains("write route").contains("not running");
        // Well under the bus's write timeout (10 s): nothing waited for a consumer.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    private static RouteBuilder adapters() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                routeTemplate("test-write")
                        .templateParameter("name")
                        .from("kamelet:source")
                        .log("write {{name}}");
                from("direct:kamelet-adapter")
                        .routeId("adapter-k")
                        .to("objectbus:describe?writeUri=RAW(kamelet:test-write/k-1-writes?name=k)");
                from("direct:direct-adapter")
                        .routeId("adapter-d")
                        .to("objectbus:describe?writeUri=RAW(direct:d-1-writes)");
                from("direct:d-1-writes").routeId("d-1-writes").log("write d");
            }
        };
    }
}
