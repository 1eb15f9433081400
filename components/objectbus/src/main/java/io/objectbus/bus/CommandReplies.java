// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers to a {@code $cmd}: {@code accepted}, any number of {@code progress}, then {@code done} with the result or
 * {@code failed} with the reason; or {@code rejected} alone, which also goes to {@code $errors}.
 */
final class CommandReplies {

    /** The request being answered: where replies go, and the object and command once the request names them. */
    record Context(Replies replies, String topic, byte[] payload, String object, String cmd) {

        Context target(String object, String cmd) {
            return new Context(replies, topic, payload, object, cmd);
        }
    }

    private final BusTransport transport;
    private final ErrorReporter errors;
    private final Clock clock;

    CommandReplies(BusTransport transport, ErrorReporter errors, Clock clock) {
        this.transport = transport;
        this.errors = errors;
        this.clock = clock;
    }

    Context context(BusTransport.Inbound message, JsonNode json) {
        return new Context(Replies.of(message, json), message.topic(), message.payload(), null, null);
    }

    void reject(Context context, String reason) {
        errors.report(context.topic(), reason, context.payload());
        send(context, "rejected", Map.of("reason", reason));
    }

    void accepted(Context context) {
        send(context, "accepted", Map.of());
    }

    void progress(Context context, int done, int of, String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("done", done);
        fields.put("of", of);
        if (text != null) {
            fields.put("text", text);
        }
        send(context, "progress", fields);
    }

    void done(Context context, Map<String, Object> result) {
        send(context, "done", Map.of("result", result == null ? Map.of() : result));
    }

    void failed(Context context, String reason) {
        send(context, "failed", Map.of("reason", reason));
    }

    private void send(Context context, String status, Map<String, Object> fields) {
        if (!context.replies().wanted()) {
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        if (context.replies().id() != null) {
            reply.put("id", context.replies().id());
        }
        reply.put("status", status);
        if (context.object() != null) {
            reply.put("object", context.object());
            reply.put("cmd", context.cmd());
        }
        reply.putAll(fields);
        reply.put("ts", Json.timestamp(clock.instant()));
        transport.reply(
                context.replies().topic(),
                Json.bytes(reply),
                context.replies().correlationData(),
                context.replies().askedAt());
    }
}
