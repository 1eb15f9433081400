// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@code $discover} request and the replies it gathers (docs/PROTOCOL.md#discovery): to one node, until all its
 * pages came; to every node ({@code ob/v1/$discover}), until no more come for a moment. The node did not answer in
 * the timeout: {@link ObjectbusCli.NoAnswer}.
 */
final class Discovery {

    /** How long a broadcast waits after a reply for the next (another page, another node). */
    private static final Duration QUIET = Duration.ofMillis(1500);

    private final BusClient bus;
    private final Duration timeout;

    Discovery(BusClient bus, Duration timeout) {
        this.bus = bus;
        this.timeout = timeout;
    }

    /** Sends the request to this node (null: to every node) and gives each reply, in order, to the consumer. */
    void ask(String node, ObjectNode request, Consumer<JsonNode> replies) throws InterruptedException {
        String topic = ObjectbusCli.PREFIX + "/" + (node == null ? "" : node + "/") + "$discover";
        Replies answers = Replies.send(bus, topic, request.toString());
        if (answers.pubackCode() >= 0x80) {
            throw new BusClient.Unreachable("the broker refused the request on " + topic + " (reason code 0x"
                    + Integer.toHexString(answers.pubackCode()) + ")");
        }
        Map<String, Integer> pagesLeft = new LinkedHashMap<>();
        JsonNode reply = answers.next(timeout);
        if (reply == null) {
            throw new ObjectbusCli.NoAnswer((node == null ? "no node answered" : "node " + node + " did not answer")
                    + " on " + topic + " within " + timeout.toSeconds() + " s");
        }
        while (reply != null) {
            replies.accept(reply);
            pagesLeft.put(
                    reply.path("node").asText(),
                    reply.path("pages").asInt(1) - reply.path("page").asInt(1));
            boolean complete = node != null && pagesLeft.values().stream().allMatch(left -> left == 0);
            reply = complete ? null : answers.next(node == null ? QUIET : timeout);
        }
    }

    /** The request: a listing, with each filter given. */
    static ObjectNode request(String list, String detail, Map<String, String> filters) {
        ObjectNode request = io.objectbus.bus.Json.MAPPER.createObjectNode();
        request.put("list", list);
        if (detail != null) {
            request.put("detail", detail);
        }
        filters.forEach((name, value) -> {
            if (value != null) {
                request.put(name, value);
            }
        });
        return request;
    }

    /** A node id of a request that goes to one node; null for a glob, which goes to every node. */
    static String singleNode(String glob) {
        return glob == null || glob.contains("*") || glob.contains("?") ? null : glob;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
