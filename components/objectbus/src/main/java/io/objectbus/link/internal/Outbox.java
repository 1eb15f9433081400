// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.TopicNames;
import io.objectbus.link.internal.TopicKind.Kind;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.activemq.artemis.api.core.ActiveMQAddressFullException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is bound for a link, on the local broker. The tap, a durable queue on every topic of the bus, sees each
 * publication: while the link is up, what crosses goes out live; while it is down, it moves into the store, a
 * durable, paged and bounded queue of the link's own, and is replayed from there, flagged historical, when the link
 * returns, side by side with the live traffic so that live values do not wait behind the backlog. Snapshots of the
 * current picture and control messages go through the store too. Every stored message takes the next number of the
 * store's sequence, so that the far side sees what a full store dropped.
 */
public final class Outbox {

    /** Sends a message over the link; the future completes on the far broker's acknowledgement. */
    public interface Sender {
        boolean isUp();

        /** @param stored whether it comes from the store (else live); each is numbered as a stream of its own */
        CompletableFuture<Void> send(LinkMessage message, boolean stored);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final EmbeddedBroker broker;
    private final String link;
    private final String localNode;
    private final Selection selection;
    private final Sender sender;
    private final Function<String, byte[]> current;
    private final LinkStatus status;
    private final long maxBytes;
    private final String tapQueue;
    private final String storeTopic;
    private final String storeQueue;
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();
    private final int window;
    private volatile Runnable afterOverflow = () -> {};
    private volatile boolean overflowed;
    private StreamLoop tap;
    private StreamLoop store;

    public Outbox(
            EmbeddedBroker broker,
            String link,
            Selection selection,
            Sender sender,
            Function<String, byte[]> current,
            LinkStatus status,
            long maxBytes,
            int window) {
        this.broker = broker;
        this.link = link;
        this.localNode = selection.rules().localNode();
        this.selection = selection;
        this.sender = sender;
        this.current = current;
        this.status = status;
        this.maxBytes = maxBytes;
        this.tapQueue = "$objectbus.link." + link + ".tap";
        this.storeTopic = "$objectbus/link/" + link + "/store";
        this.storeQueue = TopicNames.toCoreAddress(storeTopic);
        this.window = window;
    }

    public void start() throws Exception {
        String thread = "objectbus-link-" + localNode + "-" + link;
        tap = new StreamLoop(thread + "-live", broker.sessionFactory(), tapQueue, () -> true, this::fromTap, window);
        store = new StreamLoop(
                thread + "-store",
                broker.sessionFactory(),
                storeQueue,
                sender::isUp,
                this::fromStore,
                window,
                this::checkDrained);
        broker.boundLinkAddress(storeQueue, maxBytes);
        try (ClientSession session = broker.sessionFactory().createSession()) {
            String everything = TopicNames.toCoreAddress(selection.rules().prefix() + "/#");
            // The tap outlives a restart: what the bus publishes before this link starts waits in it. A tap without
            // its router (the route file was removed) is deleted by the broker after ten minutes unread. The store
            // keeps what it holds until deleted.
            createQueue(session, QueueConfiguration.of(tapQueue).setAddress(everything));
            createQueue(session, QueueConfiguration.of(storeQueue).setAddress(storeQueue));
        }
        tap.start();
        store.start();
    }

    private static void createQueue(ClientSession session, QueueConfiguration queue) throws Exception {
        if (!session.queueQuery(queue.getName()).isExists()) {
            session.createQueue(queue.setRoutingType(RoutingType.MULTICAST).setDurable(true));
        }
    }

    /**
     * What to do once a store that overflowed has drained: the far side missed what was dropped and, if nothing was
     * stored after it, cannot tell from the numbers; it gets the current picture instead.
     */
    public void afterOverflow(Runnable action) {
        this.afterOverflow = action;
    }

    private void checkDrained() {
        if (overflowed && sender.isUp() && stored() == 0) {
            overflowed = false;
            afterOverflow.run();
        }
    }

    /** The link went up or down: the loops look again at once. */
    public void linkChanged() {
        if (tap != null) {
            tap.wake();
            store.wake();
        }
    }

    public void stop() throws InterruptedException {
        if (tap != null) {
            tap.stop();
            store.stop();
        }
    }

    /**
     * Waits until the tap holds nothing: each message sent and acknowledged by the far broker, or moved into the
     * store. Returns whether it got there before the deadline ({@link System#currentTimeMillis()}).
     */
    public boolean awaitTapEmpty(long deadline) throws InterruptedException {
        while (inTap() > 0) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Messages in the tap, those read and not yet acknowledged included. */
    public long inTap() {
        var queue = broker.server().locateQueue(tapQueue);
        return queue == null ? 0 : queue.getMessageCount();
    }

    /** How many messages wait in the store. */
    public long stored() {
        var queue = broker.server().locateQueue(storeQueue);
        return queue == null ? 0 : queue.getMessageCount();
    }

    private CompletableFuture<Void> fromTap(ClientMessage message) {
        LinkMessage m = CoreMessages.read(message);
        if (m.networkId() == null) {
            m = m.identified(localNode + ":" + message.getMessageID());
        }
        if (!selection.crosses(m)) {
            return DONE;
        }
        if (sender.isUp()) {
            return sender.send(m, false);
        }
        if (selection.kind(m.topic()).kind() == Kind.REQUEST) {
            status.requestDropped(); // a request kept for hours would act long after its asker gave up
            return DONE;
        }
        store(m.stored(true, null));
        return DONE;
    }

    private CompletableFuture<Void> fromStore(ClientMessage message) {
        LinkMessage m = CoreMessages.read(message);
        boolean asItIsNow = m.currentState() || (m.hist() && isDescriptor(m));
        return sender.send(asItIsNow ? m.withPayload(currentPayload(m.topic())) : m, true);
    }

    /**
     * A snapshot of the current picture, and a descriptor stored while the link was down, go out as they are now: the
     * far side keeps only the last message of each such topic, and the live stream, which does not wait behind the
     * store, may have sent a newer one before the store gets to this one. (A replayed value needs no such care: it
     * carries its time, and the far side keeps the newer.)
     */
    private boolean isDescriptor(LinkMessage m) {
        Kind kind = selection.kind(m.topic()).kind();
        return m.topic().endsWith("/$info") && (kind == Kind.NODE_STATE || kind == Kind.OBJECT_INFO);
    }

    /** The topic's current payload; empty (removed) when the picture no longer holds it. */
    private byte[] currentPayload(String topic) {
        byte[] now = current.apply(topic);
        return now == null ? new byte[0] : now;
    }

    /** A snapshot message or a control message, sent in the store's order; not historical. */
    public void storeNow(LinkMessage m) {
        store(m.stored(false, null));
    }

    /** Synchronized: the numbers must follow the order in which the messages enter the store. */
    private synchronized void store(LinkMessage m) {
        LinkMessage numbered = m.stored(m.hist(), epoch + ":" + sequence.incrementAndGet());
        try {
            broker.publish(CoreMessages.forStore(broker.nextMessageId(), storeTopic, numbered));
            status.stored();
        } catch (ActiveMQAddressFullException e) {
            status.dropped();
            if (!overflowed) {
                overflowed = true;
                LOG.warn(
                        "Link {}: its store is full ({} bytes); new messages are dropped until it drains, then the far"
                                + " side gets the current picture",
                        link,
                        maxBytes);
            }
        } catch (Exception e) {
            LOG.error("Link {}: could not store a message for {}: {}", link, m.topic(), e.toString());
        }
    }
}
