// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.link.BrokerRecorder.Recorded;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Store and forward: node B goes down while A keeps publishing; what A published meanwhile reaches B once, in order,
 * flagged historical, when B is back, and live values go on beside the replay.
 */
class OutageTest {

    private LinkedNode a;
    private LinkedNode b;

    @BeforeEach
    void nodes() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
    }

    private void link(String options) throws Exception {
        a.routerTo(b, options).start();
        b.routerTo(a, "").start();
        a.bus().describe(Sites.room("ra"));
        await().until(() -> a.link(b).state().name().equals("up"));
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
    }

    @Test
    void valuesPublishedWhileTheFarNodeIsDownArriveOnceInOrderFlaggedHistorical() throws Exception {
        link("");
        try (Paho5Probe before = new Paho5Probe(b.url(), "before")) {
            before.subscribe(a.topic("ra/temperature"), 1);
            publish(1, 10);
            await().until(() -> before.received().size() == 10);
            assertThat(before.received()).noneMatch(r -> r.text().contains("hist"));
        }
        b.stop();
        publish(11, 60);
        await().until(() -> a.link(b).state().name().equals("down") && a.link(b).waiting() >= 50);
        try (BrokerRecorder after = restartRecording(b);
                Paho5Probe client = new Paho5Probe(b.url(), "after")) {
            client.subscribe(a.topic("ra/temperature"), 1);
            await().until(() -> after.live().size() >= 50);
            assertThat(after.live()).allMatch(OutageTest::hist);
            assertThat(values(after.live())).containsExactlyElementsOf(range(11, 60));
            publish(61, 70);
            await().until(() -> after.live().size() >= 60);
            await().during(Duration.ofMillis(300)).until(() -> after.live().size() == 60);
            assertThat(values(after.live())).containsExactlyElementsOf(range(11, 70));
            assertThat(after.live().subList(50, 60)).noneMatch(OutageTest::hist);
            client.awaitOn(a.topic("ra/temperature"), "\"v\":70.0");
        }
    }

    @Test
    void theStoreOutlivesARestartOfTheLocalNodeDuringTheOutage() throws Exception {
        link("");
        b.stop();
        publish(1, 30);
        await().until(() -> a.link(b).waiting() >= 30);
        a.restart();
        a.bus().describe(Sites.room("ra"));
        publish(31, 50);
        await().until(() -> a.link(b).waiting() >= 20);
        try (BrokerRecorder after = restartRecording(b)) {
            await().until(() -> after.live().size() >= 50);
            await().during(Duration.ofMillis(300)).until(() -> after.live().size() == 50);
            assertThat(values(after.live())).containsExactlyElementsOf(range(1, 50));
            assertThat(after.live()).allMatch(OutageTest::hist);
        }
    }

    @Test
    void whatTheBusPublishesAfterARestartBeforeItsRouterRunsStillCrosses() throws Exception {
        link("");
        a.stop();
        a.startBroker(); // the broker starts before the bus and its routers, as in a node
        a.broker.publish(a.topic("ra/temperature"), "{\"v\":41.5}".getBytes(StandardCharsets.UTF_8), 0);
        try (Paho5Probe onB = new Paho5Probe(b.url(), "early")) {
            onB.subscribe(a.topic("ra/temperature"), 1);
            a.startRoutes();
            onB.awaitOn(a.topic("ra/temperature"), "41.5");
        }
    }

    @Test
    void liveValuesDoNotWaitBehindALongReplay() throws Exception {
        link("&window=1"); // one message in flight per stream: the replay takes a while, even on loopback
        b.stop();
        publish(1, 1000);
        await().until(() -> a.link(b).waiting() >= 1000);
        try (BrokerRecorder after = restartRecording(b)) {
            await().until(() -> a.link(b).state().name().equals("up"));
            publish(5000, 5000);
            await().until(() -> values(after.live()).contains(5000.0));
            int replayedBeforeIt = values(after.live()).indexOf(5000.0);
            assertThat(hist(after.live().get(replayedBeforeIt))).isFalse();
            await().atMost(Duration.ofSeconds(30)).until(() -> after.live().size() >= 1001);
            assertThat(replayedBeforeIt).isLessThan(1000);
            assertThat(values(after.live()).stream().filter(v -> v < 5000).toList())
                    .containsExactlyElementsOf(range(1, 1000));
        }
    }

    /** Starts the node's broker, starts recording, then starts its routes: the recording has the whole replay. */
    private BrokerRecorder restartRecording(LinkedNode node) throws Exception {
        node.startBroker();
        BrokerRecorder recorder = BrokerRecorder.on(node, a.topic("ra/temperature"));
        node.startRoutes();
        return recorder;
    }

    private void publish(int from, int to) {
        for (int i = from; i <= to; i++) {
            a.bus().report("ra", "temperature", Sites.value(i));
        }
    }

    private static List<Double> values(List<Recorded> received) {
        return received.stream().map(r -> json(r).get("v").asDouble()).toList();
    }

    private static List<Double> range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().boxed().toList();
    }

    private static boolean hist(Recorded r) {
        return json(r).path("hist").asBoolean(false);
    }

    private static JsonNode json(Recorded r) {
        try {
            return Json.parse(r.text().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
