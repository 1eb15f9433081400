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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member whose broker goes away while its bus still runs, as in a member that dies: it says nothing more, and the
 * other member shows its node offline as a router shows a node behind a lost link. (A killed member's process, in its
 * own JVM, is in ClusterSiteIT.)
 */
class ClusterMemberLostTest {

    private LinkedNode a;
    private LinkedNode b;

    @AfterEach
    void stop() throws Exception {
        if (b != null) {
            b.camel.stop();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aMemberTheClusterLosesHasItsNodeShownOfflineByTheOtherMember() throws Exception {
        int portA = FreePorts.next();
        int portB = FreePorts.next();
        a = LinkedNode.create("A").clustered(member(portA, portB)).start();
        b = LinkedNode.create("B").clustered(member(portB, portA)).start();
        try (Paho5Probe onA = new Paho5Probe(a.url(), "watch-a")) {
            onA.subscribe(b.topic("$state"), 1);
            onA.await(r -> r.text().contains("\"online\":true"), Duration.ofSeconds(60));

            b.broker.stop();

            Received offline = onA.await(r -> r.text().contains("\"online\":false"), Duration.ofSeconds(60));
            JsonNode state = Json.parse(offline.payload());
            assertThat(state.get("reason").asText()).isEqualTo("link down");
            assertThat(state.get("reportedBy").asText()).isEqualTo("A");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Paho5Probe late = new Paho5Probe(a.url(), "late-a")) {
                late.subscribe(b.topic("$state"), 1);
                assertThat(late.awaitOn(b.topic("$state")).text()).contains("\"online\":false");
            }
        });
    }

    private static ClusterSettings member(int port, int other) {
        return new ClusterSettings("127.0.0.1", port, List.of("127.0.0.1:" + other), "secret");
    }
}
