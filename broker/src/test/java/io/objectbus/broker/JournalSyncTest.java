// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.FreePorts;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** journal-sync chooses whether a persistent message is forced to disk before it counts as stored. */
class JournalSyncTest {

    @TempDir
    Path data;

    @Test
    void byDefaultTheJournalIsWrittenWithoutAForcedSyncPerMessage() throws Exception {
        Configuration config;
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data))) {
            config = broker.server().getConfiguration();
        }
        assertThat(config.isJournalSyncNonTransactional()).isFalse();
        assertThat(config.isJournalSyncTransactional()).isFalse();
        assertThat(config.isPersistenceEnabled()).isTrue();
    }

    @Test
    void journalSyncForcesEveryPersistentMessageToDisk() {
        Configuration config = new EmbeddedBroker(
                        BrokerSettings.loopback(FreePorts.next(), data).withJournalSync(true))
                .server()
                .getConfiguration();
        assertThat(config.isJournalSyncNonTransactional()).isTrue();
        assertThat(config.isJournalSyncTransactional()).isTrue();
    }
}
