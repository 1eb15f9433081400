// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A chain A - B - C: the ends see each other through B, find each other and write to each other. */
class ChainTest {

    private static LinkedNode a;
    private static LinkedNode b;
    private static LinkedNode c;

    @BeforeAll
    static void link() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        c = LinkedNode.create("C");
        a.routerTo(b, "");
        b.routerTo(a, "").routerTo(c, "");
        c.routerTo(b, "");
        a.start();
        b.start();
        c.start();
        a.bus().describe(Sites.room("ra"));
        c.bus().describe(Sites.room("rc"));
        await().until(() -> a.bus().foreignState().forEachCount(c.topic("rc/$info")) == 1
                && c.bus().foreignState().forEachCount(a.topic("ra/$info")) == 1);
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        c.close();
    }

    @Test
    void valuesOfOneEndArriveAtTheOtherOnceAndInOrder() throws Exception {
        try (BrokerRecorder onC = BrokerRecorder.on(c, a.topic("ra/temperature"));
                Paho5Probe client = new Paho5Probe(c.url(), "watch-c")) {
            client.subscribe(a.topic("ra/temperature"), 1);
            for (int i = 1; i <= 50; i++) {
                a.bus().report("ra", "temperature", Sites.value(i));
            }
            await().until(() -> onC.live().size() >= 50);
            await().during(Duration.ofMillis(300)).until(() -> onC.live().size() == 50);
            assertThat(onC.live())
                    .extracting(r -> Json.parse(r.text().getBytes(StandardCharsets.UTF_8))
                            .get("v")
                            .asDouble())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 50)
                            .asDoubleStream()
                            .boxed()
                            .toList());
            assertThat(onC.live()).noneMatch(r -> r.text().contains("hist"));
            client.awaitOn(a.topic("ra/temperature"), "\"v\":50.0");
        }
    }

    @Test
    void aLateJoinerAtOneEndSeesTheOtherEnd() throws Exception {
        try (Paho5Probe late = new Paho5Probe(a.url(), "late-a")) {
            late.subscribe("ob/v1/C/#", 1);
            assertThat(late.awaitOn(c.topic("rc/$info")).retained()).isTrue();
            assertThat(late.awaitOn(c.topic("$info")).retained()).isTrue();
        }
    }

    @Test
    void aBroadcastDiscoveryAtOneEndIsAnsweredByEveryNodeOnce() throws Exception {
        try (Paho5Probe asker = new Paho5Probe(a.url(), "asker-a")) {
            asker.subscribe("me/nodes", 1);
            asker.request("ob/v1/$discover", "{}", "me/nodes", "q");
            await().until(() -> asker.on("me/nodes").size() >= 3);
            await().during(Duration.ofMillis(300))
                    .until(() -> asker.on("me/nodes").size() == 3);
            assertThat(asker.on("me/nodes"))
                    .extracting(r -> Json.parse(r.payload()).get("node").asText())
                    .containsExactlyInAnyOrder("A", "B", "C");
        }
    }

    @Test
    void aWriteAtOneEndToAnObjectOfTheOtherIsAnsweredToTheWriter() throws Exception {
        try (Paho5Probe writer = new Paho5Probe(c.url(), "writer-c")) {
            writer.subscribe("me/answers", 1);
            writer.request(a.topic("ra/setpoint/$set"), "{\"v\":24.0,\"p\":8}", "me/answers", "w");
            writer.awaitOn("me/answers", "\"applied\"");
            writer.publish(
                    a.topic("ra/setpoint/$set"),
                    "{\"v\":25.0,\"p\":8,\"id\":\"w311\",\"reply\":\"me/answers\"}",
                    1,
                    false);
            Received answer =
                    writer.await(r -> r.text().contains("w311") && r.text().contains("\"applied\""));
            assertThat(answer.text()).contains("\"v\":25.0");
        }
    }
}
