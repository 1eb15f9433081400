// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.Schemas;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node seen through a router whose link is down is shown offline ("link down", since when, by which node) on the
 * near node, to late joiners and live, and so are the nodes behind it; its own state returns with the link. A node
 * with a link of its own to it keeps seeing it online.
 */
class UnreachableNodesTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private LinkedNode a;
    private LinkedNode b;
    private LinkedNode c;
    private CuttableProxy toB;
    private CuttableProxy toC;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {toB, toC, a, b, c}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void aFarNodeBehindACutLinkIsShownOfflineUntilTheLinkReturns() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        toB = new CuttableProxy(b.port());
        CuttableProxy toA = new CuttableProxy(a.port());
        a.routerTo(b, toB.url(), "").start();
        b.routerTo(a, toA.url(), "").start();
        awaitStateOf(b, a);
        try (toA;
                Paho5Probe onA = new Paho5Probe(a.url(), "watch-a")) {
            onA.subscribe(b.topic("$state"), 1);
            onA.awaitOn(b.topic("$state"), "\"online\":true");
            toB.cut();
            toA.cut();
            Received down = onA.await(r -> !r.retained() && r.text().contains("link down"), LONG);
            assertThat(down.text()).contains("\"online\":false", "\"reportedBy\":\"A\"");
            Schemas.assertValid("state", down.text());
            assertThat(lateStateOn(a, b)).contains("\"online\":false", "link down");

            toB.restore();
            toA.restore();
            Received back = onA.await(r -> !r.retained() && r.text().contains("\"online\":true"), LONG);
            assertThat(back.text()).doesNotContain("link down");
            assertThat(lateStateOn(a, b)).contains("\"online\":true");
        }
    }

    @Test
    void theNodesBehindTheFarNodeAreShownOfflineButNotWhereTheyAreReachedDirectly() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        c = LinkedNode.create("C");
        toC = new CuttableProxy(c.port());
        CuttableProxy toB = new CuttableProxy(b.port());
        LinkedNode d = LinkedNode.create("D");
        a.routerTo(b, "");
        b.routerTo(a, "").routerTo(c, toC.url(), "").routerTo(d, "");
        c.routerTo(b, toB.url(), "").routerTo(d, "");
        d.routerTo(b, "&transit=false").routerTo(c, "&transit=false"); // no way from B to C through D
        try (toB;
                d) {
            a.start();
            b.start();
            c.start();
            d.start();
            awaitUp(a, b);
            awaitUp(b, c);
            awaitUp(c, b);
            awaitUp(d, c);
            awaitStateOf(c, a);
            awaitStateOf(c, d);
            toC.cut();
            toB.cut();
            await().atMost(LONG).until(() -> lateStateOn(a, c).contains("link down"));
            assertThat(lateStateOn(a, c)).contains("\"reportedBy\":\"B\"");
            assertThat(lateStateOn(a, b)).contains("\"online\":true");
            await().during(Duration.ofSeconds(1)).atMost(LONG).untilAsserted(() -> assertThat(lateStateOn(d, c))
                    .as("C on D, which has a link of its own to C")
                    .contains("\"online\":true"));

            toC.restore();
            toB.restore();
            await().atMost(LONG).until(() -> lateStateOn(a, c).contains("\"online\":true"));
        }
    }

    /** The far node's state as a new subscriber on the node gets it. */
    private static String lateStateOn(LinkedNode node, LinkedNode far) throws Exception {
        try (Paho5Probe late = new Paho5Probe(node.url(), "late-" + System.nanoTime())) {
            late.subscribe(far.topic("$state"), 1);
            return late.await(r -> r.topic().equals(far.topic("$state")), LONG).text();
        }
    }

    private static void awaitUp(LinkedNode node, LinkedNode far) {
        await().atMost(LONG).until(() -> node.link(far).state().name().equals("up"));
    }

    private static void awaitStateOf(LinkedNode far, LinkedNode on) {
        await().atMost(LONG).until(() -> on.bus().foreignState().forEachCount(far.topic("$state")) == 1);
    }
}
