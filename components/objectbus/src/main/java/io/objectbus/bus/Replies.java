// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the answer to a request goes: the MQTT 5 response topic with its correlation data, or for MQTT 3.1.1 the
 * {@code reply} topic and {@code id} carried in the request payload; in a cluster, through the member the request
 * entered by ({@code askedAt}, null when not known).
 */
record Replies(String topic, byte[] correlationData, String id, String askedAt) {

    static final Replies NONE = new Replies(null, null, null, null);

    static Replies of(BusTransport.Inbound message, JsonNode request) {
        String id =
                request != null && request.hasNonNull("id") ? request.get("id").asText() : null;
        if (message.responseTopic() != null) {
            return new Replies(message.responseTopic(), message.correlationData(), id, message.askedAt());
        }
        if (request != null
                && request.hasNonNull("reply")
                && request.get("reply").isTextual()) {
            String topic = request.get("reply").textValue();
            return validReplyTopic(topic) ? new Replies(topic, null, id, message.askedAt()) : NONE;
        }
        return new Replies(null, null, id, null);
    }

    /** A reply topic must be a plain topic: no wildcards, not empty, not a system topic. */
    static boolean validReplyTopic(String topic) {
        return !topic.isEmpty()
                && !topic.contains("+")
                && !topic.contains("#")
                && !topic.startsWith("$")
                && topic.length() <= 512;
    }

    boolean wanted() {
        return topic != null;
    }
}
