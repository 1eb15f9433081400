// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.WildcardConfiguration;

/** Converts MQTT topic names to the broker's core addresses and back, as the broker's MQTT protocol does. */
public final class TopicNames {

    private static final WildcardConfiguration MQTT =
            new WildcardConfiguration().setDelimiter('/').setAnyWords('#').setSingleWord('+');
    private static final WildcardConfiguration CORE = new WildcardConfiguration();

    private TopicNames() {}

    public static String toCoreAddress(String mqttTopic) {
        return MQTT.convert(mqttTopic, CORE);
    }

    public static SimpleString toCoreAddressString(String mqttTopic) {
        return SimpleString.of(toCoreAddress(mqttTopic));
    }

    public static String toMqttTopic(String coreAddress) {
        return CORE.convert(coreAddress, MQTT);
    }

    /** The queue the broker creates for a client's non-shared MQTT subscription. */
    static String subscriptionQueue(String clientId, String topicFilter) {
        return clientId + "." + toCoreAddress(topicFilter);
    }
}
