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
 * joiner's snapshot queue appear as a remote binding and sends it what its current-state sources hold.
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

    ClusterPicture(EmbeddedBroker broker, CurrentStateDelivery sources, ExecutorService executor) {
        this.broker = broker;
        this.sources = sources;
        this.executor = executor;
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

    /** The cluster connection's view of its members: each other member it loses. */
    private AutoCloseable watchMembers(ClusterFollower follower) {
        ClusterConnection connection =
                broker.server().getClusterManager().getClusterConnection(ClusterConfiguration.CONNECTION);
        ClusterMemberWatch watch = new ClusterMemberWatch(member(), follower);
        connection.addClusterTopologyListener(watch);
        return () -> connection.removeClusterTopologyListener(watch);
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
            executor.execute(() -> sendSnapshot(joiner));
        }
    }

    private void sendSnapshot(String joiner) {
        broker.bindOperationContext();
        int[] sent = {0};
        sources.forEachCurrent("#", (topic, payload) -> {
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
