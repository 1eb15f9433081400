// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to requests that a client asked on another member. The request crosses to the answering member at once, but
 * that member learns of the asker's new reply subscription only from a notification that the asker's member sends
 * over another connection; an answer published before it arrives had no subscription to go to on that member and was
 * dropped. So a client's request carries the member it entered by, and the answer goes back to that member through a
 * queue every member has had since it started; that member publishes it to the reply topic, where the subscription
 * is its own.
 */
final class ClusterReplies implements ActiveMQServerMessagePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterReplies.class);

    static final String ADDRESS = "$objectbus.cluster.reply";
    private static final String REPLY_TO = "_OB_REPLY_TO";
    /** Marks a notice to the member's bus rather than an answer: the bus, not a reply topic, is its recipient. */
    private static final String NOTICE = "_OB_NOTICE";

    private final EmbeddedBroker broker;
    private AutoCloseable reader;
    /** Guarded by {@link #notices}. */
    private ClusterFollower follower;
    /**
     * Notices that came before the bus followed the cluster, each an origin member and a topic; guarded by itself. The
     * members send them as soon as they see this node's new run, which its broker carries before its bus follows.
     */
    private final List<String[]> notices = new ArrayList<>();

    ClusterReplies(EmbeddedBroker broker) {
        this.broker = broker;
    }

    private String member() {
        return broker.server().getNodeID().toString();
    }

    /** A request of an MQTT client (a topic with a {@code $} level) is marked with the member it entered by. */
    @Override
    public void beforeSend(
            ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue) {
        if (!message.containsProperty(Messages.ASKED_AT)
                && message.getAddress() != null
                && message.getAddress().indexOf('$') >= 0
                && isMqtt(session)) {
            message.putStringProperty(Messages.ASKED_AT, member());
        }
    }

    /** An MQTT client's session: Artemis names the protocol MQTT for 3.1.1 and MQTT5 for version 5. */
    private static boolean isMqtt(ServerSession session) {
        String protocol = session.getRemotingConnection().getProtocolName();
        return protocol != null && protocol.startsWith("MQTT");
    }

    /** Opens this member's queue of answers sent back to it; once the server is active. */
    synchronized void open() throws Exception {
        String queue = ADDRESS + "." + member();
        broker.server()
                .createQueue(
                        QueueConfiguration.of(queue)
                                .setAddress(ADDRESS)
                                .setRoutingType(RoutingType.MULTICAST)
                                .setFilterString(ClusterPicture.FOR + " = '" + member() + "'")
                                .setDurable(false)
                                .setAutoCreateAddress(true),
                        true);
        reader = broker.read(queue, this::publishHere);
    }

    synchronized void close() {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (Exception e) {
            // A server that failed or stopped already has taken its queues and executors with it.
            LOG.debug("closing the cluster's answer queue: {}", e.toString());
        }
        reader = null;
    }

    /** Sends the answer to the member its request entered by, when that is another member. */
    void addressTo(Message answer, String askedAt) {
        if (askedAt != null && !askedAt.equals(member())) {
            answer.putStringProperty(REPLY_TO, answer.getAddress());
            answer.putStringProperty(ClusterPicture.FOR, askedAt);
            answer.setAddress(SimpleString.of(ADDRESS));
        }
    }

    /** Who takes the notices other members send this member's bus, those that came before it first; null for none. */
    void noticesTo(ClusterFollower follower) {
        List<String[]> early;
        synchronized (notices) {
            this.follower = follower;
            early = follower == null ? List.of() : List.copyOf(notices);
            notices.clear();
        }
        early.forEach(notice -> follower.accept(notice[0], notice[1], new byte[0]));
    }

    /**
     * Tells another member's bus, through the queue it has had since it started (a queue the bus creates later may not
     * be known here yet), that a topic of its node is gone from this member's picture.
     */
    void notice(String member, String topic) throws Exception {
        CoreMessage message = new CoreMessage(broker.nextMessageId(), 128);
        message.setAddress(SimpleString.of(ADDRESS));
        message.setType(Message.BYTES_TYPE);
        message.putStringProperty(ClusterPicture.FOR, member);
        message.putStringProperty(ClusterPicture.TOPIC, topic);
        message.putStringProperty(ClusterPicture.ORIGIN, member());
        message.putBooleanProperty(NOTICE, true);
        broker.publish(message);
    }

    private void publishHere(ICoreMessage received) {
        if (received.containsProperty(NOTICE)) {
            String origin = received.getStringProperty(ClusterPicture.ORIGIN);
            String topic = received.getStringProperty(ClusterPicture.TOPIC);
            ClusterFollower taker;
            synchronized (notices) {
                taker = follower;
                if (taker == null) {
                    notices.add(new String[] {origin, topic});
                }
            }
            if (taker != null) {
                taker.accept(origin, topic, new byte[0]);
            }
            return;
        }
        Message answer = received.copy(broker.nextMessageId());
        answer.setAddress(received.getStringProperty(REPLY_TO));
        answer.removeProperty(REPLY_TO);
        answer.removeProperty(ClusterPicture.FOR);
        answer.removeProperty(ClusterPicture.ORIGIN);
        // What the bridge added for its own hop: this member sends the answer anew.
        answer.removeProperty(Message.HDR_BRIDGE_DUPLICATE_ID);
        answer.removeProperty(Message.HDR_ROUTE_TO_IDS);
        try {
            broker.publish(answer);
        } catch (Exception e) {
            LOG.warn("Could not publish an answer to {}: {}", answer.getAddress(), e.toString());
        }
    }
}
