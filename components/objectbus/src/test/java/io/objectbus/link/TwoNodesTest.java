// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.BusCommand;
import io.objectbus.bus.BusView;
import io.objectbus.bus.CommandProgress;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteReply;
import io.objectbus.model.CommandDescriptor;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes, a router on each towards the other: each sees the other's objects, finds them and writes them. */
class TwoNodesTest {

    private static LinkedNode a;
    private static LinkedNode b;

    @BeforeAll
    static void link() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        a.routerTo(b, "").start();
        b.routerTo(a, "").start();
        a.bus().describe(Sites.room("r1", "hvac"));
        b.bus().describe(Sites.meter("m1"));
        a.bus()
                .describe(
                        Sites.room("r2").withCommands(Map.of("count", new CommandDescriptor("counts to n", null))),
                        "test",
                        null,
                        TwoNodesTest::count);
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
    }

    @Test
    void aValueOfOneNodeIsPublishedOnTheOther() throws Exception {
        try (Paho5Probe onB = new Paho5Probe(b.url(), "watch-b")) {
            onB.subscribe(a.topic("r1/temperature"), 1);
            await().untilAsserted(() -> {
                a.bus().report("r1", "temperature", Sites.value(20.0 + Math.random()));
                assertThat(onB.on(a.topic("r1/temperature"))).isNotEmpty();
            });
        }
    }

    @Test
    void aLateJoinerSeesTheOtherNodesObjectsAsRetainedMessages() throws Exception {
        b.bus().report("m1", "power", Sites.value(1234.0));
        await().until(() -> a.bus().foreignState().size() >= 3);
        try (Paho5Probe late = new Paho5Probe(a.url(), "late-a")) {
            late.subscribe("ob/v1/B/#", 1);
            Received info = late.awaitOn(b.topic("m1/$info"));
            assertThat(info.retained()).isTrue();
            Received power = late.awaitOn(b.topic("m1/power"), "1234.0");
            assertThat(power.retained()).isTrue();
            late.awaitOn(b.topic("$info"));
        }
    }

    @Test
    void aBroadcastDiscoveryOnOneNodeIsAnsweredByBoth() throws Exception {
        try (Paho5Probe asker = new Paho5Probe(a.url(), "asker-a")) {
            asker.subscribe("me/replies", 1);
            await().untilAsserted(() -> {
                asker.clear();
                asker.request("ob/v1/$discover", "{}", "me/replies", "q1");
                await().atMost(Duration.ofSeconds(2))
                        .until(() -> asker.on("me/replies").size() >= 2);
            });
            assertThat(asker.on("me/replies"))
                    .extracting(r -> Json.parse(r.payload()).get("node").asText())
                    .contains("A", "B");
            assertThat(asker.on("me/replies"))
                    .allSatisfy(r -> assertThat(new String(r.correlationData(), StandardCharsets.UTF_8))
                            .isEqualTo("q1"));
        }
    }

    @Test
    void aWriteToAnObjectOfTheOtherNodeIsAppliedThereAndAnsweredHere() throws Exception {
        try (Paho5Probe writer = new Paho5Probe(b.url(), "writer-b")) {
            writer.subscribe("me/answers", 1);
            await().until(() ->
                    a.bus().foreignState().size() > 0 && b.bus().foreignState().size() > 0);
            writer.request(a.topic("r1/setpoint/$set"), "{\"v\":23.5,\"p\":8}", "me/answers", "w1");
            Received applied = writer.awaitOn("me/answers", "\"applied\"");
            JsonNode json = Json.parse(applied.payload());
            assertThat(json.at("/effective/v").asDouble()).isEqualTo(23.5);
            assertThat(new String(applied.correlationData(), StandardCharsets.UTF_8))
                    .isEqualTo("w1");
        }
    }

    @Test
    void aCommandToAnObjectOfTheOtherNodeRunsThereAndItsProgressAndOutcomeComeBackHere() throws Exception {
        try (Paho5Probe asker = new Paho5Probe(b.url(), "commander-b")) {
            asker.subscribe("me/cmd", 1);
            await().until(() ->
                    b.bus().view().objects(BusView.Selection.node("A")).size() > 1
                            && b.link(a).state() == io.objectbus.link.internal.LinkStatus.State.up
                            && a.link(b).state() == io.objectbus.link.internal.LinkStatus.State.up);
            asker.request(a.topic("r2/$cmd"), "{\"cmd\":\"count\",\"args\":{\"to\":2}}", "me/cmd", "k1");
            Received done = asker.awaitOn("me/cmd", "\"status\":\"done\"");
            assertThat(Json.parse(done.payload()).at("/result/counted").asInt()).isEqualTo(2);
            assertThat(new String(done.correlationData(), StandardCharsets.UTF_8))
                    .isEqualTo("k1");
            assertThat(asker.on("me/cmd"))
                    .extracting(r -> Json.parse(r.payload()).get("status").asText())
                    .containsExactly("accepted", "progress", "progress", "done");
        }
    }

    private static CompletionStage<Map<String, Object>> count(BusCommand command, CommandProgress progress) {
        int to = ((Number) command.args().get("to")).intValue();
        for (int i = 1; i <= to; i++) {
            progress.report(i, to, "counted " + i);
        }
        return CompletableFuture.completedFuture(Map.of("counted", to));
    }

    @Test
    void aBusViewWritesAnObjectOfTheOtherNodeThroughTheRoutersAndGetsItsReplies() throws Exception {
        // B's router to A carries the request (requests are not kept while a link is down); A's brings the replies.
        await().until(() -> b.bus().view().objects(BusView.Selection.node("A")).size() > 0
                && b.link(a).state() == io.objectbus.link.internal.LinkStatus.State.up
                && a.link(b).state() == io.objectbus.link.internal.LinkStatus.State.up);
        List<WriteReply> replies = new CopyOnWriteArrayList<>();
        WriteReply reply = b.bus()
                .view()
                .write(new BusView.Write("r1", "setpoint", 21.5, 7, "view-test", null, "A"), replies::add)
                .get(30, TimeUnit.SECONDS);
        assertThat(reply.status()).isEqualTo("applied");
        assertThat(replies).extracting(WriteReply::status).containsExactly("accepted", "applied");
        await().until(() -> b.bus().view().values("A", "r1").stream()
                .anyMatch(v ->
                        v.resource().equals("setpoint") && Double.valueOf(21.5).equals(v.value())));
        // Relinquished, so that the other tests' writes at a lower priority take effect.
        WriteReply relinquished = b.bus()
                .view()
                .write(new BusView.Write("r1", "setpoint", null, 7, "view-test", null, "A"))
                .get(30, TimeUnit.SECONDS);
        assertThat(relinquished.status()).isIn("applied", "stored");
    }
}
