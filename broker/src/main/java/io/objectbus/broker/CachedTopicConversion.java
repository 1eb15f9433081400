// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.core.config.WildcardConfiguration;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;

/**
 * The broker's wildcard configuration (Artemis's default: '.', '*', '#'), remembering the MQTT topic of each core
 * address. Artemis's MQTT protocol converts a message's address back to its topic twice per delivery (the PUBLISH
 * packet's topic, and MQTT 5 subscription identifiers), with an escape pass and six string scans each time; the same
 * topics recur, so the conversion is done once per topic. The cache stops growing at its limit rather than hold every
 * topic of a very large site: beyond it, a topic is converted as before.
 */
final class CachedTopicConversion extends WildcardConfiguration {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 65_536;

    private final transient Map<String, String> mqttTopics = new ConcurrentHashMap<>();

    @Override
    public String convert(String input, WildcardConfiguration target) {
        if (target != MQTTUtil.MQTT_WILDCARD) {
            return super.convert(input, target);
        }
        String topic = mqttTopics.get(input);
        if (topic == null) {
            topic = super.convert(input, target);
            if (mqttTopics.size() < LIMIT) {
                mqttTopics.put(input, topic);
            }
        }
        return topic;
    }

    int cached() {
        return mqttTopics.size();
    }

    // The conversion depends on these characters: a change forgets what was converted with the old ones.

    @Override
    public WildcardConfiguration setDelimiter(char delimiter) {
        forget();
        return super.setDelimiter(delimiter);
    }

    @Override
    public WildcardConfiguration setSingleWord(char singleWord) {
        forget();
        return super.setSingleWord(singleWord);
    }

    @Override
    public WildcardConfiguration setAnyWords(char anyWords) {
        forget();
        return super.setAnyWords(anyWords);
    }

    private void forget() {
        mqttTopics.clear();
    }
}
