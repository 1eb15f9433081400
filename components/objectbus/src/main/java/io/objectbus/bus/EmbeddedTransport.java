// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.Messages;
import io.objectbus.broker.TopicNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.FilterConstants;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus inside the broker's JVM: publications routed in-VM, requests read from their queues inside the broker. */
public final class EmbeddedTransport implements BusTransport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTransport.class);

    private final EmbeddedBroker broker;
    private AutoCloseable clusterFollower;
    private final List<QueueSubscription> subscriptions = new ArrayList<>();
    private final List<CurrentStateSource> sources = new ArrayList<>();

    public EmbeddedTransport(EmbeddedBroker broker) {
        this.broker = broker;
    }

    @Override
    public void publish(String topic, byte[] payload, int qos) {
        try {
            broker.publish(topic, payload, qos);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void reply(String topic, byte[] payload, byte[] correlationData) {
        reply(topic, payload, correlationData, null);
    }

    @Override
    public void reply(String topic, byte[] payload, byte[] correlationData, String askedAt) {
        CoreMessage message = Messages.mqtt(broker.nextMessageId(), topic, payload, 1);
        if (correlationData != null) {
            message.putBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY, correlationData);
        }
        try {
            broker.reply(message, askedAt);
        } catch (Exception e) {
            throw new IllegalStateException("reply to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void publish(Outbound outbound) {
        CoreMessage message =
                Messages.mqtt(broker.nextMessageId(), outbound.topic(), outbound.payload(), outbound.qos());
        if (outbound.responseTopic() != null) {
            message.putStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY, outbound.responseTopic());
        }
        if (outbound.correlationData() != null) {
            message.putBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY, outbound.correlationData());
        }
        putUserProperties(message, outbound.userProperties());
        if (outbound.currentState()) {
            message.putStringProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY, (String) null);
        }
        try {
            broker.publish(message);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + outbound.topic() + " failed: " + e.getMessage(), e);
        }
    }

    /** As the broker's MQTT protocol keeps them: a count, and one property per pair named by its position. */
    private static void putUserProperties(CoreMessage message, java.util.Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return;
        }
        message.putIntProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY, properties.size());
        int i = 0;
        for (var entry : properties.entrySet()) {
            message.putStringProperty(
                    MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX + i++ + "." + entry.getKey(), entry.getValue());
        }
    }

    @Override
    public synchronized Subscription subscribe(
            String name, List<String> topicFilters, boolean durable, Handler handler) {
        QueueSubscription subscription = new QueueSubscription(durable);
        // A session only to make the queues: the broker's readers read them in place.
        try (ClientSession session = broker.sessionFactory().createSession(true, true)) {
            for (int i = 0; i < topicFilters.size(); i++) {
                SimpleString queue = SimpleString.of(name + "." + i);
                bind(session, queue, topicFilters.get(i), durable);
                subscription.queues.add(queue);
                subscription.readers.add(broker.read(queue.toString(), message -> deliver(message, handler)));
            }
            if (durable) {
                removeQueuesFrom(session, name, topicFilters.size());
            }
            subscriptions.add(subscription);
            return subscription;
        } catch (Exception e) {
            subscription.close();
            throw new IllegalStateException(
                    "cannot subscribe " + name + " to " + topicFilters + ": " + e.getMessage(), e);
        }
    }

    /** Makes the queue read what is published on the filter; a queue kept from before on another filter is replaced. */
    private void bind(ClientSession session, SimpleString queue, String topicFilter, boolean durable)
            throws ActiveMQException {
        SimpleString address = SimpleString.of(TopicNames.toCoreAddress(topicFilter));
        ClientSession.QueueQuery existing = session.queueQuery(queue);
        if (existing.isExists()) {
            if (address.equals(existing.getAddress())) {
                return;
            }
            LOG.info(
                    "Queue {} now subscribes to {}; what it held for {} is dropped",
                    queue,
                    topicFilter,
                    existing.getAddress());
            session.deleteQueue(queue);
        }
        QueueConfiguration configuration = QueueConfiguration.of(queue)
                .setAddress(address)
                .setRoutingType(RoutingType.MULTICAST)
                .setDurable(durable)
                .setTemporary(!durable);
        if (topicFilter.startsWith("+") || topicFilter.startsWith("#")) {
            configuration.setFilterString(noSystemTopics());
        }
        session.createQueue(configuration);
    }

    /**
     * As the broker's own MQTT subscriptions filter: nothing of its management addresses and, since the filter starts
     * with a wildcard, no topic that starts with $ [MQTT-4.7.2-1].
     */
    private String noSystemTopics() {
        var configuration = broker.server().getConfiguration();
        SimpleString address = FilterConstants.ACTIVEMQ_ADDRESS;
        return "NOT ((" + address + " = '" + configuration.getManagementAddress() + "') OR (" + address + " = '"
                + configuration.getManagementNotificationAddress() + "') OR (" + address + " LIKE '$%'))";
    }

    /** A durable subscription given fewer filters than before: the queues of the filters dropped would fill forever. */
    private static void removeQueuesFrom(ClientSession session, String name, int first) throws ActiveMQException {
        for (int i = first; ; i++) {
            SimpleString queue = SimpleString.of(name + "." + i);
            if (!session.queueQuery(queue).isExists()) {
                return;
            }
            LOG.info("Queue {} is no longer subscribed: removed", queue);
            session.deleteQueue(queue);
        }
    }

    private static void deliver(ICoreMessage message, Handler handler) {
        try {
            handler.onMessage(toInbound(message));
        } catch (RuntimeException e) {
            LOG.error("Handler of {} failed: {}", message.getAddress(), e.toString(), e);
        }
    }

    private static Inbound toInbound(ICoreMessage message) {
        ActiveMQBuffer body = message.getReadOnlyBodyBuffer();
        byte[] payload = new byte[body.readableBytes()];
        body.readBytes(payload);
        String responseTopic = message.getStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY);
        byte[] correlation = message.containsProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                ? message.getBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                : null;
        int qos = message.containsProperty(MQTTUtil.MQTT_QOS_LEVEL_KEY)
                ? message.getIntProperty(MQTTUtil.MQTT_QOS_LEVEL_KEY)
                : message.isDurable() ? 1 : 0;
        boolean currentState = message.getBooleanProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_KEY)
                || message.containsProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY);
        return new Inbound(
                TopicNames.toMqttTopic(message.getAddress()),
                payload,
                responseTopic,
                correlation,
                qos,
                currentState,
                message.getStringProperty(Messages.ASKED_AT));
    }

    /**
     * A subscription's queues and their readers: closing it stops its own readers and, unless it is durable, removes
     * its queues (a temporary queue goes by itself only when the broker's in-VM connection does).
     */
    private final class QueueSubscription implements Subscription {

        private final boolean durable;
        private final List<SimpleString> queues = new ArrayList<>();
        private final List<AutoCloseable> readers = new ArrayList<>();
        private boolean closed;

        QueueSubscription(boolean durable) {
            this.durable = durable;
        }

        @Override
        public List<String> queues() {
            return queues.stream().map(SimpleString::toString).toList();
        }

        @Override
        public void close() {
            synchronized (EmbeddedTransport.this) {
                if (closed) {
                    return;
                }
                closed = true;
                subscriptions.remove(this);
            }
            try {
                for (AutoCloseable reader : readers) {
                    reader.close();
                }
                if (!durable) {
                    deleteQueues();
                }
            } catch (Exception e) {
                LOG.debug("closing a subscription: {}", e.toString());
            }
        }

        private void deleteQueues() throws ActiveMQException {
            try (ClientSession cleanup = broker.sessionFactory().createSession()) {
                for (SimpleString queue : queues) {
                    if (cleanup.queueQuery(queue).isExists()) {
                        cleanup.deleteQueue(queue);
                    }
                }
            }
        }
    }

    @Override
    public void forgetRetained(String topic) {
        var server = broker.server();
        SimpleString retained = SimpleString.of(MQTTUtil.getCoreRetainAddressFromMqttTopic(
                topic, server.getConfiguration().getWildcardConfiguration()));
        try {
            if (server.locateQueue(retained) != null) {
                server.destroyQueue(retained, null, false);
                LOG.info("Removed the retained message of {}: the bus serves it now", topic);
            }
        } catch (Exception e) {
            LOG.warn("Could not remove the retained message of {}: {}", topic, e.toString());
        }
    }

    private void closeClusterFollower() {
        if (clusterFollower == null) {
            return;
        }
        try {
            clusterFollower.close();
        } catch (Exception e) {
            LOG.warn("Could not stop following the cluster: {}", e.toString());
        }
        clusterFollower = null;
    }

    @Override
    public synchronized void serveCurrentState(CurrentStateSource source) {
        broker.addCurrentStateSource(source);
        sources.add(source);
    }

    @Override
    public void noticeToClusterMember(String member, String topic) {
        if (!broker.clustered()) {
            return;
        }
        try {
            broker.noticeToClusterMember(member, topic);
        } catch (Exception e) {
            LOG.warn("Could not tell cluster member {} that {} is gone: {}", member, topic, e.toString());
        }
    }

    @Override
    public synchronized void followCluster(List<String> topicFilters, io.objectbus.broker.ClusterFollower follower) {
        if (!broker.clustered()) {
            return;
        }
        try {
            clusterFollower = broker.followCluster(topicFilters, follower);
        } catch (Exception e) {
            throw new IllegalStateException("cannot follow the cluster on " + topicFilters + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        List<QueueSubscription> open;
        synchronized (this) {
            closeClusterFollower();
            sources.forEach(broker::removeCurrentStateSource);
            sources.clear();
            open = List.copyOf(subscriptions);
        }
        open.forEach(QueueSubscription::close);
    }
}
