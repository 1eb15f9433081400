// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Commands through a {@link BusView}: the {@code $cmd} request an MQTT client would send, published on the node's
 * broker, so that the node's own objects and (through the routers) other nodes' get it with the same checks and
 * replies. The replies come to a response topic of the view's own; the correlation data is random.
 */
final class ViewCommands {

    static final Set<String> FINAL = Set.of("done", "failed", "rejected");

    /** The command's own bound, and a little for the reply to travel. */
    private static final Duration LAST_RESORT = CmdRequests.MAX_DURATION.plusSeconds(5);

    private record Pending(Consumer<JsonNode> each, CompletableFuture<JsonNode> done) {}

    private final Topics topics;
    private final String replyTopic;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile BusTransport broker;

    ViewCommands(Topics topics) {
        this.topics = topics;
        this.replyTopic = "$objectbus/" + topics.node() + "/view/cmd-replies";
    }

    BusTransport.Subscription listen(BusTransport transport) {
        this.broker = transport;
        return transport.subscribe(
                "$objectbus." + topics.node() + ".view-cmd-replies",
                List.of(replyTopic),
                false,
                message -> onReply(message.payload(), message.correlationData()));
    }

    CompletableFuture<JsonNode> command(BusView.Command command, Consumer<JsonNode> replies) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> done = new CompletableFuture<>();
        pending.put(id, new Pending(replies, done));
        done.whenComplete((reply, failure) -> pending.remove(id));
        done.completeOnTimeout(noAnswer(command), LAST_RESORT.toMillis(), TimeUnit.MILLISECONDS);
        String node = command.node() == null ? topics.node() : command.node();
        String topic = String.join("/", topics.prefix(), node, command.object(), Topics.CMD);
        ObjectNode request = Json.MAPPER.createObjectNode().put("cmd", command.name());
        request.set("args", Json.MAPPER.valueToTree(command.args()));
        broker.publish(new BusTransport.Outbound(
                topic, Json.bytes(request), 1, replyTopic, id.getBytes(StandardCharsets.US_ASCII), Map.of(), false));
        return done;
    }

    private static JsonNode noAnswer(BusView.Command command) {
        return Json.MAPPER
                .createObjectNode()
                .put("status", "timeout")
                .put("object", command.object())
                .put("cmd", command.name())
                .put("reason", "no final reply within " + LAST_RESORT.toMinutes() + " minutes");
    }

    private void onReply(byte[] payload, byte[] correlation) {
        Pending waiting = correlation == null ? null : pending.get(new String(correlation, StandardCharsets.US_ASCII));
        if (waiting == null) {
            return;
        }
        JsonNode reply;
        try {
            reply = Json.parse(payload);
        } catch (java.io.IOException e) {
            return; // not a reply of the bus: the command's own outcome still comes
        }
        try {
            waiting.each().accept(reply);
        } finally {
            if (FINAL.contains(reply.path("status").asText())) {
                waiting.done().complete(reply);
            }
        }
    }
}
