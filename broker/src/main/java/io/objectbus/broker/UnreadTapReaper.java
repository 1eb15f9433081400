// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the tap of a link that nobody has read for ten minutes: its router is gone (its route file was removed) and
 * the tap would gather the bus's traffic for ever. Artemis's own auto-delete cannot do this: it does not keep when a
 * queue's last reader left across a restart, and deletes every such queue at start, before its link could read what
 * it holds.
 */
final class UnreadTapReaper {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadTapReaper.class);
    static final long UNREAD_MILLIS = 10 * 60_000;
    private static final long SCAN_SECONDS = 30;

    private final ActiveMQServer server;
    private final LongSupplier clock;
    private final Map<SimpleString, Long> unreadSince = new ConcurrentHashMap<>();
    private ScheduledExecutorService scanner;

    UnreadTapReaper(ActiveMQServer server, LongSupplier clock) {
        this.server = server;
        this.clock = clock;
    }

    static boolean isTap(SimpleString queue) {
        String name = queue.toString();
        return name.startsWith(BrokerConfiguration.LINK_ADDRESS_PREFIX) && name.endsWith(".tap");
    }

    void start() {
        scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "objectbus-tap-reaper");
            thread.setDaemon(true);
            return thread;
        });
        scanner.scheduleWithFixedDelay(this::scan, SCAN_SECONDS, SCAN_SECONDS, TimeUnit.SECONDS);
    }

    void stop() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    /** Notes which taps nobody reads, since when (at the earliest since the broker started), and deletes the old. */
    void scan() {
        long now = clock.getAsLong();
        server.getPostOffice().getAllBindings().forEach(binding -> {
            if (binding.getBindable() instanceof Queue queue && isTap(queue.getName())) {
                look(queue, now);
            }
        });
    }

    private void look(Queue queue, long now) {
        if (queue.getConsumerCount() > 0) {
            unreadSince.remove(queue.getName());
            return;
        }
        long since = unreadSince.computeIfAbsent(queue.getName(), q -> now);
        if (now - since >= UNREAD_MILLIS) {
            try {
                server.destroyQueue(queue.getName(), null, true);
                LOG.info("Deleted {}: no link has read it for {} minutes", queue.getName(), UNREAD_MILLIS / 60_000);
            } catch (Exception e) {
                LOG.warn("Could not delete the unread tap {}: {}", queue.getName(), e.toString());
            }
            unreadSince.remove(queue.getName());
        }
    }
}
