// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import java.util.List;
import java.util.Map;

/** How the bus reaches its broker: publications out, requests in. */
public interface BusTransport extends AutoCloseable {

    /**
     * A message the bus received.
     *
     * @param qos the QoS it was published with
     * @param currentState published with the retain flag, or a resent current message
     * @param askedAt the cluster member by which a client's request entered the cluster; null when not known
     */
    record Inbound(
            String topic,
            byte[] payload,
            String responseTopic,
            byte[] correlationData,
            int qos,
            boolean currentState,
            String askedAt) {

        public Inbound(
                String topic,
                byte[] payload,
                String responseTopic,
                byte[] correlationData,
                int qos,
                boolean currentState) {
            this(topic, payload, responseTopic, correlationData, qos, currentState, null);
        }
    }

    interface Handler {
        void onMessage(Inbound message);
    }

    void publish(String topic, byte[] payload, int qos);

    /**
     * A publication with MQTT 5 properties, as a router brings it from another node.
     *
     * @param userProperties MQTT 5 user properties, in order
     * @param currentState a resent current message: subscribers receive it flagged retained, as late joiners do
     */
    record Outbound(
            String topic,
            byte[] payload,
            int qos,
            String responseTopic,
            byte[] correlationData,
            Map<String, String> userProperties,
            boolean currentState) {}

    /** Publishes with MQTT 5 properties; a transport that has none publishes the bare message. */
    default void publish(Outbound message) {
        publish(message.topic(), message.payload(), message.qos());
    }

    /** Publishes an answer with MQTT 5 correlation data (null for MQTT 3.1.1 askers). */
    void reply(String topic, byte[] payload, byte[] correlationData);

    /**
     * Publishes an answer to a request that entered the cluster by the member {@code askedAt} ({@link
     * Inbound#askedAt}): a clustered transport sends it through that member.
     */
    default void reply(String topic, byte[] payload, byte[] correlationData, String askedAt) {
        reply(topic, payload, correlationData);
    }

    /** A subscription of its own: closing it ends this one and no other. */
    interface Subscription extends AutoCloseable {

        /** The broker queues it reads, one per filter. */
        List<String> queues();

        /** Stops receiving; a durable subscription's queues keep what arrives, the others' are removed. */
        @Override
        void close();
    }

    /**
     * Receives what is published on the filters, one message at a time and in order per topic. A durable subscription
     * keeps what arrives while it is closed or the node is down; the queues of another are removed when it is closed.
     *
     * @param name the subscription's name, unique in the broker: its queues are named after it
     */
    Subscription subscribe(String name, List<String> topicFilters, boolean durable, Handler handler);

    /**
     * Removes a retained message the broker keeps for the topic, so that it is not served beside the bus's own current
     * state (a node of an earlier version announced {@code $state} as a retained MQTT message).
     */
    default void forgetRetained(String topic) {}

    /** Serves the source's current messages to new subscribers. */
    void serveCurrentState(CurrentStateSource source);

    /**
     * Hands the follower what the buses of the other members of the broker's cluster publish on the filters, their
     * current picture when they meet this member, and the members the cluster loses; nothing where the broker is not
     * clustered. The transport stops it when it closes.
     */
    default void followCluster(List<String> topicFilters, io.objectbus.broker.ClusterFollower follower) {}

    /**
     * Tells the bus of another member of the broker's cluster that a topic of its node is gone from this member's
     * picture; its follower gets the topic with an empty payload. Nothing where the broker is not clustered.
     */
    default void noticeToClusterMember(String member, String topic) {}

    @Override
    void close();
}
