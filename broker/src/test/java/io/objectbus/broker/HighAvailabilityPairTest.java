// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live/backup pair of brokers in one JVM on 127.0.0.1: the backup waits without listeners while it copies the
 * primary's journal, and when the primary fails it opens its own, with the persistent sessions and their messages.
 */
class HighAvailabilityPairTest {

    private static final Duration SLOW = Duration.ofSeconds(60);

    @TempDir
    Path data;

    private final int clusterPrimary = FreePorts.next();
    private final int clusterBackup = FreePorts.next();
    private final int mqttPrimary = FreePorts.next();
    private final int mqttBackup = FreePorts.next();
    private EmbeddedBroker primary;
    private EmbeddedBroker backup;

    @AfterEach
    void stop() throws Exception {
        for (EmbeddedBroker broker : new EmbeddedBroker[] {backup, primary}) {
            if (broker != null) {
                broker.stop();
            }
        }
    }

    private EmbeddedBroker broker(HighAvailability.Role role, int mqtt, int cluster, int other) {
        BrokerSettings settings = BrokerSettings.loopback(mqtt, data.resolve(role.name()));
        return new EmbeddedBroker(
                settings,
                BrokerSecurity.none(),
                new ClusterSettings(
                        "127.0.0.1",
                        cluster,
                        List.of("127.0.0.1:" + other),
                        "secret",
                        new HighAvailability(role, "pair-1", false, "")));
    }

    @Test
    void theBackupTakesOverWhenThePrimaryFailsWithEveryQueuedMessageOfAPersistentSession() throws Exception {
        primary = broker(HighAvailability.Role.PRIMARY, mqttPrimary, clusterPrimary, clusterBackup);
        primary.start();
        backup = broker(HighAvailability.Role.BACKUP, mqttBackup, clusterBackup, clusterPrimary);
        CompletableFuture<Void> takeover = CompletableFuture.runAsync(() -> {
            try {
                backup.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(SLOW).until(() -> BackupWait.replicaSync(backup.server()));
        assertThat(takeover).isNotDone();
        try (Paho5Probe subscriber = new Paho5Probe("tcp://127.0.0.1:" + mqttPrimary, "keeper", false, 3600)) {
            subscriber.subscribe("plant/values", 1);
        }
        try (Paho5Probe publisher = new Paho5Probe("tcp://127.0.0.1:" + mqttPrimary, "publisher")) {
            for (int i = 0; i < 50; i++) {
                publisher.publish("plant/values", "value " + i, 1, false);
            }
        }
        primary.server().fail(true);
        takeover.get(SLOW.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);

        try (Paho5Probe again = new Paho5Probe("tcp://127.0.0.1:" + mqttBackup, "keeper", false, 3600)) {
            await().atMost(SLOW).until(() -> again.on("plant/values").size() >= 50);
            assertThat(again.on("plant/values"))
                    .extracting(r -> r.text())
                    .containsExactlyElementsOf(
                            IntStream.range(0, 50).mapToObj(i -> "value " + i).toList());
        }
    }
}
