// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * A route that describes its object before every value (the README's first route does) publishes the descriptor
 * once: describing an unchanged object publishes neither its {@code $info} nor the node's again.
 */
class RedescribeTest {
    private static final String OUTDOOR =
            "{\"id\":\"outdoor\",\"type\":\"weather\",\"resources\":{\"temperature\":{\"type\":\"number\",\"unit\":\"Cel\"}}}";

    @Test
    void describingAnUnchangedObjectEveryTickPublishesNothingAgain() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        RouteBuilder demo = new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:outdoor?period=50")
                        .routeId("adapter-demo-outdoor")
                        .setBody(constant(OUTDOOR))
                        .to("objectbus:describe")
                        .setBody(simple("{\"temperature\": ${random(5,15)}}"))
                        .to("objectbus:publish?object=outdoor")
                        .process(e -> ticks.incrementAndGet());
            }
        };
        try (BusFixture node = BusFixture.start("redescribe", c -> {}, demo);
                Paho5Probe client = new Paho5Probe(node.url(), "redescribe-watcher")) {
            client.subscribe("ob/v1/redescribe/$info", 0);
            client.subscribe("ob/v1/redescribe/outdoor/$info", 0);
            client.awaitOn(node.topic("outdoor/$info"), "\"id\":\"outdoor\"");
            assertThat(client.awaitOn(node.topic("$info"), "\"objects\":1").text())
                    .as("an object without a protocol")
                    .contains("\"protocols\":{\"none\":1}")
                    .doesNotContain("null");
            int mark = client.received().size();
            int tick = ticks.get();

            await().atMost(Duration.ofSeconds(30)).until(() -> ticks.get() >= tick + 20);
            assertThat(client.received().subList(mark, client.received().size()))
                    .as("descriptors published again")
                    .isEmpty();
        }
    }
}
