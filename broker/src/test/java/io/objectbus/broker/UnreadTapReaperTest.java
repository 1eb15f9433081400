// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.FreePorts;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link's tap that nobody reads for ten minutes (its router was removed) is deleted; one that is read stays. */
class UnreadTapReaperTest {

    private static final SimpleString TAP = SimpleString.of("$objectbus.link.far.tap");

    @TempDir
    Path data;

    @Test
    void aTapNobodyReadsForTenMinutesIsDeletedAndOneThatIsReadStays() throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data))) {
            broker.start();
            createTap(broker);
            AtomicLong now = new AtomicLong(1_000_000);
            UnreadTapReaper reaper = new UnreadTapReaper(broker.server(), now::get);
            reaper.scan();
            now.addAndGet(UnreadTapReaper.UNREAD_MILLIS - 1);
            reaper.scan();
            assertThat(broker.server().locateQueue(TAP)).isNotNull();
            try (ClientSession session = broker.sessionFactory().createSession();
                    ClientConsumer reader = session.createConsumer(TAP)) {
                now.addAndGet(UnreadTapReaper.UNREAD_MILLIS);
                reaper.scan();
                assertThat(broker.server().locateQueue(TAP)).isNotNull();
            }
            reaper.scan();
            now.addAndGet(UnreadTapReaper.UNREAD_MILLIS);
            reaper.scan();
            assertThat(broker.server().locateQueue(TAP)).isNull();
        }
    }

    /** As a link makes it: durable, on the whole topic tree. */
    private static void createTap(EmbeddedBroker broker) throws Exception {
        try (ClientSession session = broker.sessionFactory().createSession()) {
            session.createQueue(QueueConfiguration.of(TAP)
                    .setAddress("ob.v1.#")
                    .setRoutingType(RoutingType.MULTICAST)
                    .setDurable(true));
        }
    }
}
