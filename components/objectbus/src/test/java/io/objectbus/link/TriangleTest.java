// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A loop: A, B and C each linked with both others. Every message reaches every node once, by whichever path is first;
 * the copy over the other path is dropped, and nothing goes round.
 */
class TriangleTest {

    private static LinkedNode a;
    private static LinkedNode b;
    private static LinkedNode c;

    @BeforeAll
    static void link() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        c = LinkedNode.create("C");
        a.routerTo(b, "").routerTo(c, "");
        b.routerTo(a, "").routerTo(c, "");
        c.routerTo(a, "").routerTo(b, "");
        a.start();
        b.start();
        c.start();
        a.bus().describe(Sites.room("ra"));
        b.bus().describe(Sites.room("rb"));
        c.bus().describe(Sites.room("rc"));
        await().until(() -> a.bus().foreignState().forEachCount("ob/v1/+/+/$info") == 2
                && b.bus().foreignState().forEachCount("ob/v1/+/+/$info") == 2
                && c.bus().foreignState().forEachCount("ob/v1/+/+/$info") == 2);
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        c.close();
    }

    @Test
    void everyValueReachesEveryOtherNodeOnce() throws Exception {
        try (Paho5Probe onB = new Paho5Probe(b.url(), "watch-b");
                Paho5Probe onC = new Paho5Probe(c.url(), "watch-c")) {
            onB.subscribe(a.topic("ra/temperature"), 1);
            onC.subscribe(a.topic("ra/temperature"), 1);
            for (int i = 1; i <= 40; i++) {
                a.bus().report("ra", "temperature", Sites.value(i));
            }
            await().until(() -> values(onB).size() >= 40 && values(onC).size() >= 40);
            await().during(Duration.ofMillis(500))
                    .until(() -> values(onB).size() == 40 && values(onC).size() == 40);
            List<Double> expected =
                    IntStream.rangeClosed(1, 40).asDoubleStream().boxed().toList();
            assertThat(values(onB)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(values(onC)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aBroadcastDiscoveryIsAnsweredOnceByEachNode() throws Exception {
        try (Paho5Probe asker = new Paho5Probe(b.url(), "asker-b")) {
            asker.subscribe("me/nodes", 1);
            asker.request("ob/v1/$discover", "{}", "me/nodes", "q");
            await().until(() -> asker.on("me/nodes").size() >= 3);
            await().during(Duration.ofMillis(500))
                    .until(() -> asker.on("me/nodes").size() == 3);
            assertThat(asker.on("me/nodes"))
                    .extracting(r -> Json.parse(r.payload()).get("node").asText())
                    .containsExactlyInAnyOrder("A", "B", "C");
        }
    }

    @Test
    void aWriteIsAppliedOnceAndAnsweredOnce() throws Exception {
        try (Paho5Probe writer = new Paho5Probe(b.url(), "writer-b");
                Paho5Probe onC = new Paho5Probe(c.url(), "sets-c")) {
            onC.subscribe(c.topic("rc/setpoint/$set"), 1);
            writer.subscribe("me/answers", 1);
            writer.request(c.topic("rc/setpoint/$set"), "{\"v\":22.5,\"p\":8}", "me/answers", "w");
            writer.awaitOn("me/answers", "\"applied\"");
            await().during(Duration.ofMillis(500))
                    .until(() -> writer.on("me/answers").size() == 2);
            assertThat(onC.on(c.topic("rc/setpoint/$set"))).hasSize(1);
        }
    }

    @Test
    void nothingCirculates() throws Exception {
        try (Paho5Probe onA = new Paho5Probe(a.url(), "loop-watch")) {
            onA.subscribe("ob/v1/#", 0);
            b.bus().report("rb", "temperature", Sites.value(99.5));
            onA.awaitOn(b.topic("rb/temperature"), "99.5");
            await().during(Duration.ofSeconds(1))
                    .until(() -> onA.on(b.topic("rb/temperature")).stream()
                                    .filter(r -> !r.retained())
                                    .count()
                            == 1);
        }
    }

    private static List<Double> values(Paho5Probe probe) {
        return probe.received().stream()
                .filter(r -> !r.retained())
                .map(TriangleTest::value)
                .toList();
    }

    private static double value(Received r) {
        try {
            return Json.parse(r.payload()).get("v").asDouble();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
