// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The replies to one request, as they come on the client's reply topic with the request's correlation data. */
final class Replies {

    private final String correlation = UUID.randomUUID().toString();
    private final BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
    private int pubackCode;

    /** Sends the request; its replies are then taken with {@link #next}. */
    static Replies send(BusClient bus, String topic, String payload) {
        Replies replies = new Replies();
        bus.onMessage((replyTopic, message) -> {
            if (replyTopic.equals(bus.replyTopic())
                    && BusClient.correlationOf(message).equals(replies.correlation)) {
                replies.add(message.getPayload());
            }
        });
        replies.pubackCode = bus.request(topic, payload, replies.correlation);
        return replies;
    }

    /** 0x87 when the broker did not let the request through (an identity's grant), else below 0x80. */
    int pubackCode() {
        return pubackCode;
    }

    /** The next reply, or null when none came in this time. */
    JsonNode next(Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void add(byte[] payload) {
        try {
            queue.add(Json.parse(payload));
        } catch (IOException e) {
            // Not JSON: not a reply of a node.
        }
    }
}
