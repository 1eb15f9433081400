// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker's queues have no message-group buckets (a group-id lookup per delivery that MQTT never needs). An MQTT
 * shared subscription, the one place where several consumers read one queue, still spreads the values over its
 * members, and each value reaches exactly one of them.
 */
class SharedSubscriptionTest {

    private static final int VALUES = 200;

    @TempDir
    Path data;

    @Test
    void aSharedSubscriptionSpreadsTheValuesOverItsMembersEachValueOnce() throws Exception {
        int port = FreePorts.next();
        String url = "tcp://127.0.0.1:" + port;
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data))) {
            broker.start();
            try (Paho5Probe first = new Paho5Probe(url, "share-1");
                    Paho5Probe second = new Paho5Probe(url, "share-2");
                    Paho5Probe publisher = new Paho5Probe(url, "share-pub")) {
                first.subscribe("$share/workers/jobs/+", 1);
                second.subscribe("$share/workers/jobs/+", 1);
                for (int i = 0; i < VALUES; i++) {
                    publisher.publish("jobs/" + (i % 10), String.valueOf(i), 1, false);
                }
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> first.received().size() + second.received().size() >= VALUES);
                List<String> all = new ArrayList<>();
                first.received().forEach(r -> all.add(r.text()));
                second.received().forEach(r -> all.add(r.text()));
                assertThat(all)
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, VALUES)
                                .mapToObj(String::valueOf)
                                .toList());
                assertThat(first.received()).extracting(Received::text).isNotEmpty();
                assertThat(second.received()).extracting(Received::text).isNotEmpty();
            }
        }
    }
}
