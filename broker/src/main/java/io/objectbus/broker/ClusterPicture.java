// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.server.cluster.ClusterConnection;
import org.apache.activemq.artemis.core.server.cluster.RemoteQueueBinding;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerBindingPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current picture across cluster members. What the bus of a member publishes carries the member's id; another
 * member's bus follows those publications through queues that take only other members' messages, which the
 * cluster forwards to it. A member that joins later gets the others' current picture once: each member sees the
 * joiner's snapshot queue appear as a remote binding and sends it what its current-state sources hold of its own (not
 * what came from other members: those send it themselves). A member back from a silence gets it again.
 */
final class ClusterPicture implements ActiveMQServerBindingPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterPicture.class);

    static final String ORIGIN = "_OB_ORIGIN";
    static final String FOR = "_OB_FOR";
    static final String TOPIC = "_OB_TOPIC";
    static final String SNAPSHOT_ADDRESS = "$objectbus.cluster.snapshot";
    private static final String SNAPSHOT_QUEUE = SNAPSHOT_ADDRESS + ".";

    private final EmbeddedBroker broker;
    private final CurrentStateDelivery sources;
    private final ExecutorService executor;
    private volatile ClusterFollower currentFollower;
    private volatile ClusterMemberWatch memberWatch;
    private final MemberReturns returns;

    ClusterPicture(EmbeddedBroker broker, CurrentStateDelivery sources, ExecutorService executor) {
        this.broker = broker;
        this.sources = sources;
        this.executor = executor;
        this.returns = new MemberReturns(broker.server(), SNAPSHOT_QUEUE);
    }

    private String member() {
        return broker.server().getNodeID().toString();
    }

    /** Marks a publication of this member, so that the others take it into their picture and this one does not. */
    void stamp(Message message) {
        message.putStringProperty(ORIGIN, member());
    }

    /**
     * Hands the follower every publication of other members on the filters, their snapshot when they meet, and the
     * members the cluster loses.
     */
    AutoCloseable follow(List<String> topicFilters, ClusterFollower follower) throws Exception {
        this.currentFollower = follower;
        List<AutoCloseable> readers = new ArrayList<>();
        readers.add(watchMembers(follower));
        String others = ORIGIN + " IS NOT NULL AND " + ORIGIN + " <> '" + member() + "'";
        for (int i = 0; i < topicFilters.size(); i++) {
            String queue = "$objectbus.cluster.follow." + member() + "." + i;
            create(queue, TopicNames.toCoreAddress(topicFilters.get(i)), others);
            readers.add(broker.read(
                    queue,
                    m -> follower.accept(
                            m.getStringProperty(ORIGIN), TopicNames.toMqttTopic(m.getAddress()), body(m))));
        }
        String snapshot = SNAPSHOT_QUEUE + member();
        create(snapshot, SNAPSHOT_ADDRESS, FOR + " = '" + member() + "'");
        readers.add(broker.read(
                snapshot, m -> follower.accept(m.getStringProperty(ORIGIN), m.getStringProperty(TOPIC), body(m))));
        return () -> {
            for (AutoCloseable r : readers) {
                r.close();
            }
        };
    }

    /**
     * Each other member the bridges lose, and each that comes back: a member back from a silence (a pause, a cut
     * network) still has its queues, whose bindings only connect again, so its nodes are shown online again and it is
     * sent the current picture here; it sends its own the same way. (A member that starts again has new queues: their
     * bindings bring it the picture, and its new run's {@code $state} replaces the old one.)
     */
    private AutoCloseable watchMembers(ClusterFollower follower) {
        ClusterConnection connection =
                broker.server().getClusterManager().getClusterConnection(ClusterConfiguration.CONNECTION);
        memberWatch = new ClusterMemberWatch(
                member(), connection, broker.server().getScheduledPool(), new ClusterMemberWatch.Changes() {
                    @Override
                    public void left(String member) {
                        returns.left(member);
                        follower.memberLeft(member);
                    }

                    @Override
                    public void back(String member) {
                        returns.back(member, () -> {
                            follower.memberBack(member);
                            executor.execute(() -> sendSnapshot(member));
                        });
                    }
                });
        return memberWatch;
    }

    private void create(String queue, String address, String filter) throws Exception {
        broker.server()
                .createQueue(
                        QueueConfiguration.of(queue)
                                .setAddress(address)
                                .setRoutingType(RoutingType.MULTICAST)
                                .setFilterString(filter)
                                .setDurable(false)
                                .setAutoCreateAddress(true),
                        true);
    }

    private static byte[] body(ICoreMessage message) {
        ActiveMQBuffer body = message.getReadOnlyBodyBuffer();
        byte[] payload = new byte[body.readableBytes()];
        body.readBytes(payload);
        return payload;
    }

    @Override
    public void afterAddBinding(Binding binding) {
        if (binding instanceof RemoteQueueBinding remote
                && remote.getRoutingName().toString().startsWith(SNAPSHOT_QUEUE)) {
            String joiner = remote.getRoutingName().toString().substring(SNAPSHOT_QUEUE.length());
            returns.bound(joiner, remote.getRemoteQueueID());
            ClusterMemberWatch watch = memberWatch;
            if (watch != null) {
                watch.reached(joiner);
            }
            executor.execute(() -> sendSnapshot(joiner));
        }
    }

    private void sendSnapshot(String joiner) {
        broker.bindOperationContext();
        int[] sent = {0};
        ClusterFollower following = currentFollower;
        sources.forEachCurrent("#", (topic, payload) -> {
            if (following != null && following.isFromAnotherMember(topic)) {
                return;
            }
            CoreMessage message = new CoreMessage(broker.nextMessageId(), payload.length + 128);
            message.setAddress(SimpleString.of(SNAPSHOT_ADDRESS));
            message.setType(Message.BYTES_TYPE);
            message.putStringProperty(FOR, joiner);
            message.putStringProperty(TOPIC, topic);
            message.getBodyBuffer().writeBytes(payload);
            try {
                broker.publish(message);
                sent[0]++;
            } catch (Exception e) {
                LOG.warn("Could not send {} to cluster member {}: {}", topic, joiner, e.toString());
            }
        });
        LOG.info("Sent the current picture ({} messages) to cluster member {}", sent[0], joiner);
    }
}
