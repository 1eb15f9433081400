// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.WildcardConfiguration;

/** Converts MQTT topic names to the broker's core addresses and back, as the broker's MQTT protocol does. */
public final class TopicNames {

    private static final WildcardConfiguration MQTT =
            new WildcardConfiguration().setDelimiter('/').setAnyWords('#').setSingleWord('+');
    private static final WildcardConfiguration CORE = new WildcardConfiguration();
    private static final int CACHE_LIMIT = 1_000_000;
    private static final Map<String, SimpleString> ADDRESSES = new ConcurrentHashMap<>();

    private TopicNames() {}

    public static String toCoreAddress(String mqttTopic) {
        return MQTT.convert(mqttTopic, CORE);
    }

    /**
     * The core address of a topic, remembered: the bus publishes to the same topics again and again, and the
     * conversion allocates. The cache stops growing at its limit rather than hold every reply topic ever seen.
     */
    public static SimpleString toCoreAddressString(String mqttTopic) {
        SimpleString address = ADDRESSES.get(mqttTopic);
        if (address == null) {
            address = SimpleString.of(toCoreAddress(mqttTopic));
            if (ADDRESSES.size() < CACHE_LIMIT) {
                ADDRESSES.put(mqttTopic, address);
            }
        }
        return address;
    }

    public static String toMqttTopic(String coreAddress) {
        return CORE.convert(coreAddress, MQTT);
    }

    /** The queue the broker creates for a client's non-shared MQTT subscription. */
    static String subscriptionQueue(String clientId, String topicFilter) {
        return clientId + "." + toCoreAddress(topicFilter);
    }
}
