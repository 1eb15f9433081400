// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node whose journal type changes (objectbus.broker.journal-type) keeps what its journal held. */
class JournalTypeChangeTest {

    private static final int MESSAGES = 100;

    @TempDir
    Path data;

    @Test
    void messagesStoredByTheNioJournalReachTheirSubscriberAfterARestartOnTheMappedJournal() throws Exception {
        assertThat(storeThenRead(JournalType.NIO, JournalType.MAPPED)).isEqualTo(expected());
    }

    @Test
    void messagesStoredByTheMappedJournalReachTheirSubscriberAfterARestartOnTheNioJournal() throws Exception {
        assertThat(storeThenRead(JournalType.MAPPED, JournalType.NIO)).isEqualTo(expected());
    }

    /** What a persistent-session subscriber receives after a restart on {@code after} of what {@code before} stored. */
    private Set<String> storeThenRead(JournalType before, JournalType after) throws Exception {
        int port = FreePorts.next();
        String url = "tcp://127.0.0.1:" + port;
        try (EmbeddedBroker broker = started(port, before)) {
            try (Paho5Probe away = new Paho5Probe(url, "journal-subscriber", false, 3600)) {
                away.subscribe("journal/#", 1);
            }
            try (Paho5Probe publisher = new Paho5Probe(url, "journal-publisher")) {
                for (int i = 0; i < MESSAGES; i++) {
                    publisher.publish("journal/" + (i % 10), String.valueOf(i), 1, false);
                }
            }
        }
        try (EmbeddedBroker broker = started(port, after);
                Paho5Probe back = new Paho5Probe(url, "journal-subscriber", false, 3600)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> back.received().size() >= MESSAGES);
            return back.received().stream().map(r -> r.text()).collect(Collectors.toSet());
        }
    }

    private EmbeddedBroker started(int port, JournalType type) throws Exception {
        EmbeddedBroker broker =
                new EmbeddedBroker(BrokerSettings.loopback(port, data).withJournalType(type));
        broker.start();
        return broker;
    }

    private static Set<String> expected() {
        return IntStream.range(0, MESSAGES).mapToObj(String::valueOf).collect(Collectors.toSet());
    }
}
