// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic tree shares one paging store: many topics cost no store each, and when the broker's memory is used up
 * and it pages, every subscriber still gets its own messages, in order, also after a restart.
 */
class SharedPagingTest {

    private static final byte[] KILOBYTE = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void manyTopicsShareOnePagingStore() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
                Paho5Probe subscriber = startedWithSubscriber(broker, port)) {
            for (int i = 0; i < 2000; i++) {
                broker.publish("tree/object-" + i + "/value", ("" + i).getBytes(StandardCharsets.UTF_8), 0);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> subscriber.received().size() == 2000);
            List<String> stores = Arrays.stream(
                            broker.server().getPagingManager().getStoreNames())
                    .map(SimpleString::toString)
                    .toList();
            assertThat(stores).hasSizeLessThan(10).doesNotContain("tree.object-1.value");
        }
    }

    @Test
    void pagedMessagesReachEachSubscriberInOrderAcrossARestart() throws Exception {
        int port = FreePorts.next();
        int perTopic = 60;
        int topics = 40;
        try (EmbeddedBroker broker = smallMemoryBroker(port)) {
            broker.start();
            try (Paho5Probe a = persistentSession(port, "reader-a");
                    Paho5Probe b = persistentSession(port, "reader-b")) {
                a.subscribe("site/a/#", 1);
                b.subscribe("site/+/+/even", 1);
            }
            for (int n = 0; n < perTopic; n++) {
                for (int t = 0; t < topics; t++) {
                    String topic = "site/" + (t % 2 == 0 ? "a" : "b") + "/" + t + "/" + (t % 4 < 2 ? "even" : "odd");
                    broker.publish(topic, payload(n), 1);
                }
            }
            assertThat(broker.server()
                            .getPagingManager()
                            .getPageStore(SimpleString.of("site.a.0.even"))
                            .isPaging())
                    .as("the broker pages once its memory is used")
                    .isTrue();
        }
        try (EmbeddedBroker restarted = smallMemoryBroker(port)) {
            restarted.start();
            try (Paho5Probe a = persistentSession(port, "reader-a");
                    Paho5Probe b = persistentSession(port, "reader-b")) {
                // a: the even topics (site/a/#); b: topics 0, 1, 4, 5 … (site/+/+/even)
                int expectedA = topics / 2 * perTopic;
                int expectedB = topics / 2 * perTopic;
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                                List.of(a.received().size(), b.received().size()))
                        .containsExactly(expectedA, expectedB));
                assertInOrderPerTopic(a.received(), perTopic, expectedA);
                assertInOrderPerTopic(b.received(), perTopic, expectedB);
            }
        }
    }

    private static void assertInOrderPerTopic(List<Received> received, int perTopic, int expected) {
        assertThat(received).hasSize(expected);
        Map<String, List<Integer>> byTopic = received.stream()
                .collect(Collectors.groupingBy(
                        Received::topic,
                        Collectors.mapping(
                                r -> Integer.parseInt(
                                        r.text().substring(0, r.text().indexOf(' '))),
                                Collectors.toList())));
        byTopic.forEach((topic, sequence) -> assertThat(sequence)
                .as(topic)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, perTopic).boxed().toList()));
    }

    private EmbeddedBroker smallMemoryBroker(int port) {
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
        broker.server().getConfiguration().setGlobalMaxSize(512 * 1024);
        return broker;
    }

    private static Paho5Probe startedWithSubscriber(EmbeddedBroker broker, int port) throws Exception {
        broker.start();
        Paho5Probe subscriber = new Paho5Probe("tcp://127.0.0.1:" + port, "tree-reader");
        subscriber.subscribe("tree/#", 0);
        return subscriber;
    }

    private static Paho5Probe persistentSession(int port, String clientId) throws Exception {
        return new Paho5Probe("tcp://127.0.0.1:" + port, clientId, false, 3600);
    }

    private static byte[] payload(int n) {
        byte[] prefix = (n + " ").getBytes(StandardCharsets.UTF_8);
        byte[] payload = Arrays.copyOf(prefix, prefix.length + KILOBYTE.length);
        System.arraycopy(KILOBYTE, 0, payload, prefix.length, KILOBYTE.length);
        return payload;
    }
}
