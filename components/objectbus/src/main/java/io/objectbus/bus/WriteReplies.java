// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Answers to writers: {@code accepted} first, then one of {@code applied}, {@code failed} or {@code timeout}; or
 * {@code stored} alone when a higher priority keeps control; or {@code rejected} alone. Rejections also go to
 * {@code $errors}.
 */
final class WriteReplies {

    /** The request being answered. */
    record Context(Replies replies, String topic, byte[] payload, String object, String resource, int priority) {

        static final Context NONE = new Context(Replies.NONE, null, null, null, null, 0);

        Context target(String object, String resource) {
            return new Context(replies, topic, payload, object, resource, priority);
        }

        Context priority(int priority) {
            return new Context(replies, topic, payload, object, resource, priority);
        }
    }

    private final BusTransport transport;
    private final ErrorReporter errors;
    private final Clock clock;
    private final BusCounters counters;

    WriteReplies(BusTransport transport, ErrorReporter errors, Clock clock, BusCounters counters) {
        this.counters = counters;
        this.transport = transport;
        this.errors = errors;
        this.clock = clock;
    }

    Context context(BusTransport.Inbound message, JsonNode json) {
        return new Context(Replies.of(message, json), message.topic(), message.payload(), null, null, 0);
    }

    void reject(Context context, String reason) {
        errors.report(context.topic(), reason, context.payload());
        send(context, "rejected", null, reason);
    }

    void stored(Context context, PriorityArray.Effective effective) {
        String reason = effective.priority() > 0 && effective.priority() < context.priority()
                ? "priority " + effective.priority() + " is in control"
                : "the effective value did not change";
        send(context, "stored", effective, reason);
    }

    void accepted(Context context, PriorityArray.Effective effective) {
        send(context, "accepted", effective, null);
    }

    void applied(Context context, PriorityArray.Effective effective) {
        send(context, "applied", effective, null);
    }

    void outcome(Context context, PriorityArray.Effective effective, Throwable error) {
        if (error == null) {
            applied(context, effective);
            return;
        }
        Throwable cause = cause(error);
        if (cause instanceof TimeoutException) {
            String reason = cause.getMessage() != null ? cause.getMessage() : "the adapter did not confirm in time";
            send(context, "timeout", effective, reason);
        } else {
            send(context, "failed", effective, reason(error));
        }
    }

    /** Whether an adapter's outcome is a timeout (the bus's or the adapter's own), after which the write may land. */
    static boolean isTimeout(Throwable error) {
        return cause(error) instanceof TimeoutException;
    }

    static String reason(Throwable error) {
        return String.valueOf(cause(error).getMessage());
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private void send(Context context, String status, PriorityArray.Effective effective, String reason) {
        counters.writeReply(status);
        if (!context.replies().wanted()) {
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        if (context.replies().id() != null) {
            reply.put("id", context.replies().id());
        }
        reply.put("status", status);
        reply.put("object", context.object());
        reply.put("resource", context.resource());
        if (context.priority() > 0) {
            reply.put("p", context.priority());
        }
        if (effective != null) {
            Map<String, Object> eff = new LinkedHashMap<>();
            eff.put("v", effective.value());
            eff.put("p", effective.priority());
            reply.put("effective", eff);
        }
        if (reason != null) {
            reply.put("reason", reason);
        }
        reply.put("ts", Json.timestamp(clock.instant()));
        transport.reply(
                context.replies().topic(),
                Json.bytes(reply),
                context.replies().correlationData(),
                context.replies().askedAt());
    }
}
