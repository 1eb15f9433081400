// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.link.internal.TopicKind.Kind;
import java.util.List;

/**
 * How a router sends: every message into the far node's inbox for this node, in an {@link Envelope}. A request that
 * wants an answer goes with this node's reply topic and a token instead of the asker's, so that the answers come back
 * over the link and find the asker ({@link RequestTable}); replayed values and events are marked historical.
 */
final class RouterMapping implements Mapping {

    private final String prefix;
    private final String localNode;
    private final RequestTable requests;

    RouterMapping(String prefix, String localNode, RequestTable requests) {
        this.prefix = prefix;
        this.localNode = localNode;
        this.requests = requests;
    }

    @Override
    public List<Publication> map(LinkMessage message) {
        LinkMessage out = message;
        Kind kind = TopicKind.of(prefix, message.topic()).kind();
        if (kind == Kind.REQUEST) {
            out = withOurReplyTopic(out);
        }
        if (out.hist() && (kind == Kind.VALUE || kind == Kind.EVENT)) {
            out = out.withPayload(HistPayload.mark(out.payload()));
        }
        return List.of(new Publication(Envelope.inbox(localNode), Envelope.wrap(out, localNode)));
    }

    private LinkMessage withOurReplyTopic(LinkMessage request) {
        String topic = request.responseTopic();
        byte[] correlation = request.correlationData();
        if (topic == null) {
            topic = replyField(request.payload()); // MQTT 3.1.1 askers; their "id" stays in the payload
            correlation = null;
        }
        if (topic == null) {
            return request; // nobody waits for an answer
        }
        return request.withReply(TopicKind.replyTopic(prefix, localNode), requests.remember(topic, correlation));
    }

    private static String replyField(byte[] payload) {
        try {
            JsonNode json = Json.parse(payload);
            JsonNode reply = json == null ? null : json.get("reply");
            if (reply == null || !reply.isTextual()) {
                return null;
            }
            String topic = reply.textValue();
            boolean plain = !topic.isEmpty() && !topic.startsWith("$") && !topic.contains("+") && !topic.contains("#");
            return plain ? topic : null;
        } catch (Exception e) {
            return null; // the far node rejects it with its own reason
        }
    }
}
