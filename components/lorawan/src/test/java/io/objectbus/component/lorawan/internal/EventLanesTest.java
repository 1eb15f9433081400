// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventLanesTest {

    @Test
    void eachKeysEventsRunInTheOrderGiven() {
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        try (EventLanes lanes = new EventLanes("test", 4, 100)) {
            for (int i = 0; i < 2_000; i++) {
                String key = "device-" + i % 10;
                int n = i;
                lanes.run(key, () -> seen.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
                        .add(n));
            }
        }
        assertThat(seen).hasSize(10);
        seen.values().forEach(order -> assertThat(order).hasSize(200).isSorted());
    }

    @Test
    void aFullLaneMakesTheCallerWaitAndLosesNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger given = new AtomicInteger();
        try (EventLanes lanes = new EventLanes("test", 1, 2)) {
            Thread caller = new Thread(() -> {
                lanes.run("a", () -> waitFor(release));
                for (int i = 0; i < 10; i++) {
                    lanes.run("a", ran::incrementAndGet);
                    given.incrementAndGet();
                }
            });
            caller.start();
            // One running, two waiting: the third waits for room instead of being dropped.
            await().atMost(Duration.ofSeconds(30)).until(() -> caller.getState() == Thread.State.WAITING);
            assertThat(given.get()).isEqualTo(2);
            release.countDown();
            caller.join(30_000);
        }
        assertThat(given.get()).isEqualTo(10);
        assertThat(ran.get()).isEqualTo(10);
    }

    @Test
    void closingRunsWhatWasAccepted() {
        AtomicInteger ran = new AtomicInteger();
        EventLanes lanes = new EventLanes("test", 2, 1_000);
        for (int i = 0; i < 500; i++) {
            lanes.run("k" + i, ran::incrementAndGet);
        }
        lanes.close();
        assertThat(ran.get()).isEqualTo(500);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
