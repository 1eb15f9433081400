// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes through a {@link BusView}: the {@code $set} request an MQTT client would send, made in the node and handed
 * straight to the bus's request gate and write dispatcher, so it gets the same checks, priority array, adapter and
 * replies. The replies are addressed to a response topic of the view's own, which the bus's transport hands back
 * here instead of publishing ({@link ReplyTap}); the correlation data is random, so no client can answer for the bus.
 */
final class ViewWrites {

    private record Pending(Consumer<WriteReply> progress, CompletableFuture<WriteReply> done) {}

    private final Topics topics;
    private final String replyTopic;
    private final Duration lastResort;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile BusTransport.Handler gate;
    private volatile BusTransport broker;

    ViewWrites(Topics topics, Duration writeTimeout, Clock clock) {
        this.topics = topics;
        this.replyTopic = "$objectbus/" + topics.node() + "/view/replies";
        // The dispatcher answers every write within the write timeout; this only guards against a bus that cannot.
        this.lastResort = writeTimeout.plusSeconds(5);
        this.clock = clock;
    }

    /** The request gate writes go through: the node's own checks of size, rate and JSON. */
    void gate(BusTransport.Handler gate) {
        this.gate = gate;
    }

    /**
     * Starts taking replies that come through the broker: those to writes of other nodes' objects, which routers
     * bring back to the view's reply topic.
     */
    BusTransport.Subscription listen(BusTransport transport) {
        this.broker = transport;
        return transport.subscribe(
                "$objectbus." + topics.node() + ".view-replies",
                java.util.List.of(replyTopic),
                false,
                message -> onReply(message.topic(), message.payload(), message.correlationData()));
    }

    CompletableFuture<WriteReply> write(BusView.Write write, Consumer<WriteReply> progress) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<WriteReply> done = new CompletableFuture<>();
        pending.put(id, new Pending(progress, done));
        done.whenComplete((reply, failure) -> pending.remove(id));
        done.completeOnTimeout(noAnswer(write), lastResort.toMillis(), TimeUnit.MILLISECONDS);
        byte[] correlation = id.getBytes(StandardCharsets.US_ASCII);
        if (write.node() == null || write.node().equals(topics.node())) {
            String topic = topics.value(write.object(), write.resource()) + "/" + Topics.SET;
            gate.onMessage(new BusTransport.Inbound(topic, request(write), replyTopic, correlation, 1, false));
        } else {
            String topic =
                    String.join("/", topics.prefix(), write.node(), write.object(), write.resource(), Topics.SET);
            broker.publish(new BusTransport.Outbound(
                    topic, request(write), 1, replyTopic, correlation, java.util.Map.of(), false));
        }
        return done;
    }

    /** {@code {"v":…,"p":…,"owner":…,"ttl":…}}; a null value is written out, as it relinquishes. */
    private static byte[] request(BusView.Write write) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.set("v", Json.MAPPER.valueToTree(write.value()));
        if (write.priority() != 0) {
            json.put("p", write.priority());
        }
        if (write.owner() != null) {
            json.put("owner", write.owner());
        }
        if (write.ttl() != null) {
            json.put("ttl", write.ttl().toMillis() / 1000.0);
        }
        return Json.bytes(json);
    }

    private WriteReply noAnswer(BusView.Write write) {
        return new WriteReply(
                WriteReply.TIMEOUT,
                write.object(),
                write.resource(),
                write.priority(),
                null,
                0,
                "the bus did not answer",
                clock.instant());
    }

    /** Takes a reply addressed to the view; returns false for any other, which goes to the broker. */
    boolean onReply(String topic, byte[] payload, byte[] correlation) {
        if (!replyTopic.equals(topic)) {
            return false;
        }
        Pending waiting = correlation == null ? null : pending.get(new String(correlation, StandardCharsets.US_ASCII));
        if (waiting != null) {
            WriteReply reply = parse(payload);
            try {
                waiting.progress().accept(reply);
            } finally {
                if (reply.isFinal()) {
                    waiting.done().complete(reply);
                }
            }
        }
        return true;
    }

    private static WriteReply parse(byte[] payload) {
        try {
            JsonNode json = Json.parse(payload);
            return WriteReply.of(json);
        } catch (IOException e) {
            throw new IllegalStateException("the bus's own reply is not JSON: " + e.getMessage(), e);
        }
    }

    /** The bus's transport, with replies to the view kept in the JVM. */
    BusTransport tap(BusTransport transport) {
        return new ReplyTap(transport, this);
    }
}
