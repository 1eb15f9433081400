// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.awaitility.Awaitility.await;

import io.objectbus.model.CovPolicy;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.testing.Paho5Probe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node that stops cleanly hands what it still publishes while stopping to its links before they stop. */
class CleanStopTest {

    private LinkedNode a;
    private LinkedNode b;

    @BeforeEach
    void nodes() throws Exception {
        a = LinkedNode.create("A");
        b = LinkedNode.create("B");
        a.routerTo(b, "").start();
        b.routerTo(a, "").start();
        await().until(() -> a.link(b).state().name().equals("up"));
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
    }

    @Test
    void aChangeHeldBackByTheMinimumIntervalGoesOutAtTheStopAndReachesTheFarNode() throws Exception {
        a.bus().describe(slowRoom());
        try (Paho5Probe onB = new Paho5Probe(b.url(), "on-b")) {
            onB.subscribe(a.topic("slow/temperature"), 1);
            a.bus().report("slow", "temperature", Sites.value(20));
            onB.awaitOn(a.topic("slow/temperature"), "\"v\":20.0");
            a.bus().report("slow", "temperature", Sites.value(21)); // held back for an hour
            a.stop();
            onB.awaitOn(a.topic("slow/temperature"), "\"v\":21.0");
        }
    }

    private static ObjectDescriptor slowRoom() {
        return new ObjectDescriptor(
                "slow",
                "Slow room",
                "room",
                "sim",
                "sim:slow",
                "floor-1",
                List.of(),
                Map.of("temperature", ResourceDescriptor.number("Cel").withCov(CovPolicy.parse("min-interval=1h"))),
                0);
    }
}
