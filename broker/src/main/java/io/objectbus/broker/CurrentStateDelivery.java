// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdAndPropertiesVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttSubscriptionOption.RetainedHandlingPolicy;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTInterceptor;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new MQTT subscription the current messages of the {@link CurrentStateSource}s, flagged as retained, as the
 * broker does for its own retained messages. It watches SUBSCRIBE on the way in and sends the state when the SUBACK
 * goes out, because only then does the subscription queue exist.
 */
final class CurrentStateDelivery implements MQTTInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentStateDelivery.class);

    private record Pending(String clientId, List<String> filters) {}

    private final EmbeddedBroker broker;
    private final ActiveMQServer server;
    private final ExecutorService executor;
    private final List<CurrentStateSource> sources = new CopyOnWriteArrayList<>();
    private final Map<String, Pending> pendingByConnectionAndPacket = new ConcurrentHashMap<>();

    CurrentStateDelivery(EmbeddedBroker broker, ExecutorService executor) {
        this.broker = broker;
        this.server = broker.server();
        this.executor = executor;
    }

    void addSource(CurrentStateSource source) {
        sources.add(source);
    }

    void removeSource(CurrentStateSource source) {
        sources.remove(source);
    }

    /** Every current message of every source that matches the filter. */
    void forEachCurrent(String topicFilter, CurrentStateSource.Sink sink) {
        for (CurrentStateSource source : sources) {
            source.forEachMatching(topicFilter, sink);
        }
    }

    @Override
    public boolean intercept(MqttMessage packet, RemotingConnection connection) {
        if (sources.isEmpty()) {
            return true;
        }
        if (packet instanceof MqttSubscribeMessage subscribe) {
            onSubscribe(subscribe, connection);
        } else if (packet instanceof MqttSubAckMessage subAck) {
            onSubAck(subAck, connection);
        }
        return true;
    }

    private void onSubscribe(MqttSubscribeMessage subscribe, RemotingConnection connection) {
        List<String> filters = new ArrayList<>();
        for (MqttTopicSubscription subscription : subscribe.payload().topicSubscriptions()) {
            if (wantsState(subscription, connection.getClientID())) {
                filters.add(subscription.topicFilter());
            }
        }
        if (!filters.isEmpty()) {
            int packetId = subscribe.idAndPropertiesVariableHeader().messageId();
            pendingByConnectionAndPacket.put(key(connection, packetId), new Pending(connection.getClientID(), filters));
        }
    }

    private boolean wantsState(MqttTopicSubscription subscription, String clientId) {
        String filter = subscription.topicFilter();
        if (filter.startsWith("$share/") || filter.contains("::")) {
            return false; // [MQTT-3.8.4-4] no retained messages for shared subscriptions
        }
        RetainedHandlingPolicy policy = subscription.option().retainHandling();
        if (policy == RetainedHandlingPolicy.DONT_SEND_AT_SUBSCRIBE) {
            return false;
        }
        return policy == RetainedHandlingPolicy.SEND_AT_SUBSCRIBE
                || server.locateQueue(TopicNames.subscriptionQueue(clientId, filter)) == null;
    }

    private void onSubAck(MqttSubAckMessage subAck, RemotingConnection connection) {
        MqttMessageIdVariableHeader header = subAck.variableHeader();
        int packetId = header instanceof MqttMessageIdAndPropertiesVariableHeader withProps
                ? withProps.messageId()
                : header.messageId();
        Pending pending = pendingByConnectionAndPacket.remove(key(connection, packetId));
        if (pending != null) {
            executor.execute(() -> deliver(pending));
        }
    }

    private void deliver(Pending pending) {
        broker.bindOperationContext();
        for (String filter : pending.filters()) {
            Queue queue = server.locateQueue(TopicNames.subscriptionQueue(pending.clientId(), filter));
            if (queue == null) {
                continue; // the subscription was refused
            }
            try (QueueFeeder feeder = new QueueFeeder(server, queue)) {
                for (CurrentStateSource source : sources) {
                    source.forEachMatching(filter, feeder::add);
                }
            } catch (Exception e) {
                LOG.warn(
                        "Could not deliver the current state for {} to {}: {}",
                        filter,
                        pending.clientId(),
                        e.toString());
            }
        }
    }

    private static String key(RemotingConnection connection, int packetId) {
        return connection.getID() + "/" + packetId;
    }
}
