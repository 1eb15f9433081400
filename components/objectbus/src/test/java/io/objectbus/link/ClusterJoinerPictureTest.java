// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.ClusterSettings;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member that joins last gets each node's picture from that node's own member. Had another member passed it on too,
 * the joiner would count the node among that member's, and show it offline once that member leaves.
 */
class ClusterJoinerPictureTest {

    private static final Duration SLOW = Duration.ofSeconds(60);
    private final List<LinkedNode> members = new ArrayList<>();

    private LinkedNode left;

    @AfterEach
    void stop() throws Exception {
        if (left != null) {
            // Its broker is gone already: its bus stops on its own.
            members.remove(left);
            left.camel.stop();
        }
        for (int i = members.size() - 1; i >= 0; i--) {
            members.get(i).close();
        }
    }

    @Test
    void aMemberThatLeavesHasOnlyItsOwnNodeShownOfflineOnAMemberThatJoinedAfterIt() throws Exception {
        List<Integer> ports = List.of(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
        LinkedNode a = start("A", ports, 0);
        LinkedNode b = start("B", ports, 1);
        awaitHolds(a, "B");
        awaitHolds(b, "A");
        // C holds A's and B's pictures before D joins: what C sends D could carry them.
        LinkedNode c = start("C", ports, 2);
        awaitHolds(c, "A", "B");
        LinkedNode d = start("D", ports, 3);
        awaitHolds(d, "A", "B", "C");

        left = c;
        c.broker.stop();

        await().atMost(SLOW).ignoreExceptions().untilAsserted(() -> assertThat(stateOn(d, "C"))
                .contains("\"online\":false"));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(stateOn(d, "A")).contains("\"online\":true");
                    assertThat(stateOn(d, "B")).contains("\"online\":true");
                });
    }

    private LinkedNode start(String id, List<Integer> ports, int index) throws Exception {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            if (i != index) {
                others.add("127.0.0.1:" + ports.get(i));
            }
        }
        LinkedNode member = LinkedNode.create(id)
                .clustered(new ClusterSettings("127.0.0.1", ports.get(index), others, "secret"))
                .start();
        members.add(member);
        return member;
    }

    private static void awaitHolds(LinkedNode member, String... nodes) {
        await().atMost(SLOW).ignoreExceptions().untilAsserted(() -> {
            for (String node : nodes) {
                assertThat(stateOn(member, node)).contains("\"online\":true");
            }
        });
    }

    /** The node's {@code $state} the member serves a late joiner. */
    private static String stateOn(LinkedNode member, String node) throws Exception {
        try (Paho5Probe late = new Paho5Probe(member.url(), "late-" + System.nanoTime())) {
            late.subscribe("ob/v1/" + node + "/$state", 1);
            return late.awaitOn("ob/v1/" + node + "/$state").text();
        }
    }
}
