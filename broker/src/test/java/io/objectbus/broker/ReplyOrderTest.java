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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers to one request are sent by different threads (accepted by the one that took the request, done by the
 * adapter's), each after the one before has returned; the asker must get them in that order, though a persistent
 * answer reaches its subscribers only once the journal has stored it.
 */
class ReplyOrderTest {

    private static final int REQUESTS = 300;

    @TempDir
    Path data;

    @Test
    void answersSentOneAfterTheOtherFromDifferentThreadsArriveInThatOrder() throws Exception {
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data));
        broker.start();
        ExecutorService taker = Executors.newSingleThreadExecutor();
        ExecutorService adapter = Executors.newSingleThreadExecutor();
        try (Paho5Probe asker = new Paho5Probe(broker.settings().mqttUrl(), "asker")) {
            asker.subscribe("me/replies/#", 1);
            for (int i = 0; i < REQUESTS; i++) {
                String topic = "me/replies/" + i;
                taker.submit(() -> reply(broker, topic, "accepted")).get();
                adapter.submit(() -> reply(broker, topic, "done")).get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> asker.received().size() == 2 * REQUESTS);
            for (int i = 0; i < REQUESTS; i++) {
                List<String> answers =
                        asker.on("me/replies/" + i).stream().map(Received::text).toList();
                assertThat(answers).as("answers to request %d", i).containsExactly("accepted", "done");
            }
        } finally {
            taker.shutdownNow();
            adapter.shutdownNow();
            broker.stop();
        }
    }

    private static Void reply(EmbeddedBroker broker, String topic, String text) throws Exception {
        broker.reply(Messages.mqtt(broker.nextMessageId(), topic, text.getBytes(StandardCharsets.UTF_8), 1), null);
        return null;
    }
}
