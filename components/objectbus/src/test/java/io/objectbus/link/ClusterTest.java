// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.broker.ClusterSettings;
import io.objectbus.bus.Json;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes whose brokers are members of one Artemis cluster, without routers: a client on either member sees both
 * nodes' objects and values, finds each node once and writes to the member whose node owns the object. B starts
 * after A has described its objects, as a member that joins a running cluster.
 */
class ClusterTest {

    private static LinkedNode a;
    private static LinkedNode b;

    @BeforeAll
    static void startCluster() throws Exception {
        int portA = FreePorts.next();
        int portB = FreePorts.next();
        a = LinkedNode.create("A").clustered(member(portA, portB)).start();
        a.bus().describe(Sites.room("r1", "hvac"));
        a.bus().report("r1", "temperature", Sites.value(21.5));
        b = LinkedNode.create("B").clustered(member(portB, portA)).start();
        b.bus().describe(Sites.meter("m1"));
    }

    private static ClusterSettings member(int port, int other) {
        return new ClusterSettings("127.0.0.1", port, List.of("127.0.0.1:" + other), "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        b.close();
        a.close();
    }

    @Test
    void aLateJoinerOnTheMemberThatJoinedLaterGetsTheFirstMembersObjectsAndValues() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> b.bus().foreignState().size() >= 3);
        try (Paho5Probe late = new Paho5Probe(b.url(), "late-b")) {
            late.subscribe("ob/v1/A/#", 1);
            Received info = late.awaitOn(a.topic("r1/$info"));
            assertThat(info.retained()).isTrue();
            Received temperature = late.awaitOn(a.topic("r1/temperature"), "21.5");
            assertThat(temperature.retained()).isTrue();
            late.awaitOn(a.topic("$info"));
        }
    }

    @Test
    void aValueReportedOnOneMemberReachesALiveSubscriberOnTheOther() throws Exception {
        try (Paho5Probe onA = new Paho5Probe(a.url(), "watch-a")) {
            onA.subscribe(b.topic("m1/power"), 1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                b.bus().report("m1", "power", Sites.value(1000.0 + Math.random()));
                assertThat(onA.on(b.topic("m1/power"))).isNotEmpty();
            });
        }
    }

    @Test
    void aBroadcastDiscoveryOnEitherMemberIsAnsweredOncePerNode() throws Exception {
        try (Paho5Probe asker = new Paho5Probe(b.url(), "asker-b")) {
            asker.subscribe("me/replies", 1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                asker.clear();
                asker.request("ob/v1/$discover", "{}", "me/replies", "q1");
                await().atMost(Duration.ofSeconds(3))
                        .until(() -> asker.on("me/replies").size() >= 2);
            });
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                            asker.on("me/replies"))
                    .extracting(r -> Json.parse(r.payload()).get("node").asText())
                    .containsExactlyInAnyOrder("A", "B"));
        }
    }

    @Test
    void aWriteSentToOneMemberIsAppliedByTheNodeOfTheOtherMemberThatOwnsTheObject() throws Exception {
        try (Paho5Probe writer = new Paho5Probe(b.url(), "writer-b")) {
            writer.subscribe("me/answers", 1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                writer.clear();
                writer.request(a.topic("r1/setpoint/$set"), "{\"v\":23.5,\"p\":8}", "me/answers", "w1");
                await().atMost(Duration.ofSeconds(3))
                        .until(() -> !writer.on("me/answers").isEmpty());
            });
            Received applied = writer.awaitOn("me/answers", "\"applied\"");
            JsonNode json = Json.parse(applied.payload());
            assertThat(json.at("/effective/v").asDouble()).isEqualTo(23.5);
            assertThat(new String(applied.correlationData(), StandardCharsets.UTF_8))
                    .isEqualTo("w1");
        }
    }
}
