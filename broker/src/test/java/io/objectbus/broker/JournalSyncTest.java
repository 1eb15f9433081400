// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.FreePorts;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistent message counts as stored once the journal has written it; journal-sync chooses whether it is also forced
 * to disk (fsync) first.
 */
class JournalSyncTest {

    @TempDir
    Path data;

    @Test
    void byDefaultTheJournalIsWrittenBeforeAMessageCountsAsStoredButNotForcedToDisk() throws Exception {
        Configuration config;
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data))) {
            config = broker.server().getConfiguration();
        }
        assertThat(config.isJournalSyncNonTransactional()).isTrue();
        assertThat(config.isJournalSyncTransactional()).isTrue();
        assertThat(config.isJournalDatasync()).isFalse();
        // A record is stored once copied into the mapped file: nothing waits for a buffer's timer.
        assertThat(config.getJournalType()).isEqualTo(JournalType.MAPPED);
        assertThat(config.getJournalBufferTimeout_NIO()).isZero();
        assertThat(config.isPersistenceEnabled()).isTrue();
    }

    @Test
    void aJournalOfWriteCallsWaitsAtMostATenthOfAMillisecondForItsBuffer() throws Exception {
        Configuration config;
        try (EmbeddedBroker broker = new EmbeddedBroker(
                BrokerSettings.loopback(FreePorts.next(), data).withJournalType(JournalType.NIO))) {
            config = broker.server().getConfiguration();
        }
        assertThat(config.getJournalType()).isEqualTo(JournalType.NIO);
        // What waits for the journal (PUBACK, delivery) waits at most this long for the write: 0.1 ms, not 3.3.
        assertThat(config.getJournalBufferTimeout_NIO()).isEqualTo(100_000);
        assertThat(config.getJournalBufferTimeout_AIO()).isEqualTo(100_000);
    }

    @Test
    void journalSyncForcesEveryPersistentMessageToDisk() {
        Configuration config = new EmbeddedBroker(
                        BrokerSettings.loopback(FreePorts.next(), data).withJournalSync(true))
                .server()
                .getConfiguration();
        assertThat(config.isJournalSyncNonTransactional()).isTrue();
        assertThat(config.isJournalSyncTransactional()).isTrue();
        assertThat(config.isJournalDatasync()).isTrue();
        // The buffer gathers the records of 0.1 ms into one forced write.
        assertThat(config.getJournalBufferTimeout_NIO()).isEqualTo(100_000);
    }
}
