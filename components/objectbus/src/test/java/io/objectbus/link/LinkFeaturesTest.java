// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What crosses a link, what the node descriptor says of it, what happens when its store is full, and what the far node
 * holds after its restart with a backlog.
 */
class LinkFeaturesTest {

    private static final Path SCHEMAS =
            Path.of("../../docs/schemas").toAbsolutePath().normalize();

    private LinkedNode a;
    private LinkedNode b;

    private void link(String options) throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        a.routerTo(b, options).start();
        b.routerTo(a, "").start();
        a.bus().describe(Sites.room("ra", "hvac"));
        a.bus().describe(Sites.meter("ma"));
        await().until(() -> a.link(b).state().name().equals("up"));
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
    }

    @Test
    void theNodeDescriptorListsTheLinkWithItsStateAsTheSchemaSays() throws Exception {
        link("");
        try (Paho5Probe client = new Paho5Probe(b.url(), "info")) {
            client.subscribe(a.topic("$info"), 1);
            Received info = client.await(r -> r.text().contains("\"state\":\"up\""), Duration.ofSeconds(10));
            JsonNode link = Json.parse(info.payload()).get("links").get(0);
            assertThat(link.get("id").asText()).isEqualTo("to-B");
            assertThat(link.get("node").asText()).isEqualTo("B");
            var schema = JsonSchemaFactory.getInstance(
                            SpecVersion.VersionFlag.V202012,
                            builder -> builder.schemaMappers(
                                    m -> m.mapPrefix("https://objectbus.io/schemas/v1/", SCHEMAS.toUri() + "/")))
                    .getSchema(SchemaLocation.of(
                            SCHEMAS.resolve("node-info.schema.json").toUri().toString()));
            assertThat(schema.validate(Json.parse(info.payload()))).isEmpty();
        }
    }

    @Test
    void onlyObjectsOfTheChosenTypesCross() throws Exception {
        link("&types=meter");
        a.bus().report("ra", "temperature", Sites.value(20.0));
        a.bus().report("ma", "power", Sites.value(300.0));
        await().until(() -> b.bus().foreignState().forEachCount(a.topic("ma/power")) == 1);
        await().during(Duration.ofMillis(300))
                .until(() -> b.bus().foreignState().forEachCount(a.topic("ra/#")) == 0);
        assertThat(b.bus().foreignState().forEachCount(a.topic("ma/$info"))).isEqualTo(1);
    }

    @Test
    void aFullStoreDropsAndCountsTheNewestAndTheFarNodeGetsTheCurrentPictureBack() throws Exception {
        link("&maxStoreBytes=131072");
        b.stop();
        for (int i = 1; i <= 3000; i++) {
            a.bus().report("ma", "power", Sites.value(i));
        }
        await().until(() -> a.link(b).droppedCount() > 0);
        long dropped = a.link(b).droppedCount();
        assertThat(a.link(b).waiting()).isLessThan(3000);
        b.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        b.bus().foreignState().forEachCount(a.topic("ma/power")) == 1 && currentPower(b) == 3000.0);
        assertThat(dropped).isPositive();
    }

    @Test
    void afterARestartOfTheFarNodeWithABacklogItHoldsAndShowsTheNewestDescriptorAndValue() throws Exception {
        link("");
        for (int i = 1; i <= 500; i++) { // B stops with some of these still in its inbox, not handled yet
            a.bus().report("ma", "power", Sites.value(-i));
        }
        a.bus().describe(Sites.meter("ma", "Meter ma, before B stopped"));
        b.stop();
        for (int i = 1; i <= 2000; i++) {
            a.bus().report("ma", "power", Sites.value(i));
        }
        a.bus().describe(Sites.meter("ma", "Meter ma, stored while B was down"));
        await().until(() -> a.link(b).waiting() >= 2001);
        b.start();
        await().pollInterval(Duration.ofMillis(1))
                .until(() -> a.link(b).state().name().equals("up"));
        a.bus().describe(Sites.meter("ma", "Meter ma, newest")); // live while the store replays
        await().atMost(Duration.ofSeconds(60)).until(() -> a.link(b).waiting() == 0 && currentPower(b) == 2000.0);
        await().during(Duration.ofSeconds(3)) // longer than a router holds a message that came early
                .until(() -> descriptorOn(b, "ma").contains("newest") && currentPower(b) == 2000.0);
        try (Paho5Probe late = new Paho5Probe(b.url(), "late")) {
            late.subscribe(a.topic("ma/#"), 1);
            late.awaitOn(a.topic("ma/power"), "\"v\":2000.0");
            late.awaitOn(a.topic("ma/$info"));
            assertThat(late.on(a.topic("ma/$info"))).singleElement().satisfies(r -> assertThat(r.text())
                    .contains("newest"));
        }
    }

    private String descriptorOn(LinkedNode node, String object) {
        String[] held = {""};
        node.bus()
                .foreignState()
                .forEach(a.topic(object + "/$info"), (topic, payload, path) -> held[0] = new String(payload, UTF_8));
        return held[0];
    }

    private double currentPower(LinkedNode node) {
        double[] power = new double[1];
        node.bus().foreignState().forEach(a.topic("ma/power"), (topic, payload, path) -> {
            try {
                power[0] = Json.parse(payload).get("v").asDouble();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return power[0];
    }
}
