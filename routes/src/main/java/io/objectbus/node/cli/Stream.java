// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** Messages of a subscription, JSON ones only, taken in the order they came; for the commands that watch. */
final class Stream {

    /** One message: its topic and payload. */
    record Message(String topic, JsonNode json) {}

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();

    /** Subscribes the client to the filter; its messages (replies aside) come here. */
    static Stream of(BusClient bus, String filter) {
        Stream stream = new Stream();
        bus.onMessage((topic, message) -> {
            if (!topic.equals(bus.replyTopic())) {
                stream.add(topic, message);
            }
        });
        bus.subscribe(filter);
        return stream;
    }

    Message take() throws InterruptedException {
        return queue.take();
    }

    private void add(String topic, MqttMessage message) {
        try {
            if (message.getPayload().length > 0) {
                queue.add(new Message(topic, Json.parse(message.getPayload())));
            }
        } catch (IOException e) {
            // Not JSON: not a message of a node.
        }
    }
}
