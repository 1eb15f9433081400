// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.broker.CurrentStateSource;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the far node's router puts what it sends this node: a durable queue on {@code $objectbus/inbox/{far node}},
 * so that what the far broker acknowledged survives a restart of this node before it was handled; read in the order
 * it was sent ({@link Resequencer}). It also says it is there: {@code $objectbus/ready/{far node}} carries this node's
 * id, given to every new subscription as the current state (and published live at start); the far router sends
 * nothing before it has seen it, as a publication to an inbox nobody reads would be lost.
 */
final class Inbox implements CurrentStateSource {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final long HOLD_MILLIS = 2000;
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final EmbeddedBroker broker;
    private final String remoteNode;
    private final String queue;
    private final String readyTopic;
    private final byte[] ready;
    private final Consumer<LinkMessage> handler;
    private final Resequencer order;
    private final String thread;
    private StreamLoop loop;
    /** How many of the messages read next were left in the inbox by this node's previous run. */
    private long leftovers;

    Inbox(EmbeddedBroker broker, String localNode, String remoteNode, String link, Consumer<LinkMessage> handler) {
        this.broker = broker;
        this.remoteNode = remoteNode;
        this.queue = TopicNames.toCoreAddress(Envelope.inbox(remoteNode));
        this.readyTopic = Envelope.ready(remoteNode);
        this.ready = ("{\"node\":\"" + localNode + "\",\"link\":\"" + link + "\"}").getBytes(StandardCharsets.UTF_8);
        this.handler = handler;
        this.order = new Resequencer(this::handle, HOLD_MILLIS, System::currentTimeMillis);
        this.thread = "objectbus-link-" + localNode + "-" + link + "-inbox";
    }

    void start() throws Exception {
        try (ClientSession session = broker.sessionFactory().createSession()) {
            if (!session.queueQuery(SimpleString.of(queue)).isExists()) {
                session.createQueue(QueueConfiguration.of(queue)
                        .setAddress(queue)
                        .setRoutingType(RoutingType.MULTICAST)
                        .setDurable(true));
            }
        }
        var left = broker.server().locateQueue(SimpleString.of(queue));
        leftovers = left == null ? 0 : left.getMessageCount();
        loop = new StreamLoop(thread, broker.sessionFactory(), queue, () -> true, this::receive, 4096, order::tick);
        loop.start();
        broker.addCurrentStateSource(this);
        broker.publish(readyTopic, ready, 1);
    }

    private CompletableFuture<Void> receive(ClientMessage message) {
        try {
            boolean leftover = leftovers > 0;
            leftovers -= leftover ? 1 : 0;
            return order.accept(CoreMessages.read(message), leftover);
        } catch (RuntimeException e) {
            LOG.error("A message from {} could not be read; it is dropped: {}", remoteNode, e.toString());
            return DONE;
        }
    }

    private void handle(LinkMessage message) {
        try {
            handler.accept(message);
        } catch (RuntimeException e) {
            LOG.error("A message from {} could not be handled; it is dropped: {}", remoteNode, e.toString(), e);
        }
    }

    @Override
    public void forEachMatching(String topicFilter, Sink sink) {
        if (matches(topicFilter.split("/", -1), readyTopic.split("/", -1))) {
            sink.accept(readyTopic, ready);
        }
    }

    private static boolean matches(String[] filter, String[] topic) {
        if (filter[0].equals("#") || filter[0].equals("+")) {
            return false; // [MQTT-4.7.2-1] wildcards at the first level never match $ topics
        }
        for (int i = 0; i < filter.length; i++) {
            if (filter[i].equals("#")) {
                return true;
            }
            if (i >= topic.length || (!filter[i].equals("+") && !filter[i].equals(topic[i]))) {
                return false;
            }
        }
        return filter.length == topic.length;
    }

    void stop() throws InterruptedException {
        broker.removeCurrentStateSource(this);
        if (loop != null) {
            loop.stop();
        }
    }
}
