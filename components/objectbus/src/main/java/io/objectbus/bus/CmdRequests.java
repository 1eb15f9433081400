// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.Ids;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code $cmd} requests the gate lets through: each names an object that lists the command and has an adapter
 * to run it, which is not running one already, or it is rejected with the reason. A good one is accepted and handed
 * to the object's {@link CommandHandler}; its progress and its outcome go to the asker.
 */
final class CmdRequests implements RequestGate.Requests {

    /** No command runs longer: it is answered {@code failed} then (the adapter's work may still end later). */
    static final Duration MAX_DURATION = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(CmdRequests.class);

    private final Topics topics;
    private final Registry registry;
    private final CommandReplies replies;
    /**
     * Where commands start: not on the broker's delivery thread, which a route that runs its command synchronously
     * (a direct endpoint) would hold for as long as it runs, and no other request would come through meanwhile.
     */
    private final ExecutorService starter = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "objectbus-command");
        thread.setDaemon(true);
        return thread;
    });
    /** The objects running a command now: one at a time each. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    CmdRequests(Topics topics, Registry registry, CommandReplies replies) {
        this.topics = topics;
        this.registry = registry;
        this.replies = replies;
    }

    @Override
    public void onRequest(BusTransport.Inbound message, JsonNode json) {
        CommandReplies.Context context = replies.context(message, json);
        String object = topics.parseCmd(message.topic()).orElse(null);
        if (object == null || !Ids.isValid(object)) {
            replies.reject(context, "a command topic is " + topics.objectRoot("{object}") + "/" + Topics.CMD);
            return;
        }
        Parsed request;
        try {
            request = parse(json);
        } catch (IllegalArgumentException e) {
            replies.reject(context, e.getMessage());
            return;
        }
        onTarget(registry.get(object), object, request.args(), context.target(object, request.cmd()));
    }

    /** A request's command and arguments, as {@code docs/schemas/cmd-request.schema.json} has them. */
    record Parsed(String cmd, Map<String, Object> args) {}

    /** Reads a request, or refuses it with the reason (IllegalArgumentException). */
    @SuppressWarnings("unchecked")
    static Parsed parse(JsonNode json) {
        if (!json.isObject() || !json.path("cmd").isTextual()) {
            throw new IllegalArgumentException("a command request is a JSON object with \"cmd\": the command's name");
        }
        if (json.has("args") && !json.get("args").isObject()) {
            throw new IllegalArgumentException("\"args\" must be a JSON object");
        }
        Map<String, Object> args = json.has("args") ? Json.MAPPER.convertValue(json.get("args"), Map.class) : Map.of();
        return new Parsed(json.get("cmd").textValue(), args);
    }

    private void onTarget(ObjectState object, String id, Map<String, Object> args, CommandReplies.Context context) {
        String cmd = context.cmd();
        String problem = object == null
                ? "unknown object " + id
                : !object.descriptor.commands().containsKey(cmd)
                        ? "unknown command " + Ids.printable(cmd) + " of object " + id
                        : object.commander == null ? "no adapter runs the commands of object " + id : null;
        if (problem != null) {
            replies.reject(context, problem);
            return;
        }
        if (!running.add(id)) {
            replies.reject(context, "busy: object " + id + " is running a command");
            return;
        }
        replies.accepted(context);
        run(object, new BusCommand(id, cmd, args, object.descriptor), context);
    }

    private void run(ObjectState object, BusCommand command, CommandReplies.Context context) {
        AtomicBoolean finished = new AtomicBoolean();
        CommandProgress progress = (done, of, text) -> {
            if (!finished.get()) {
                replies.progress(context, done, of, text);
            }
        };
        CompletableFuture.supplyAsync(() -> start(object.commander, command, progress), starter)
                .thenCompose(started -> started)
                .orTimeout(MAX_DURATION.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> {
                    finished.set(true);
                    running.remove(command.objectId());
                    if (error == null) {
                        replies.done(context, result);
                    } else {
                        String reason = reason(error);
                        LOG.info("Command {} of {} failed: {}", command.name(), command.objectId(), reason);
                        replies.failed(context, reason);
                    }
                });
    }

    private static CompletableFuture<Map<String, Object>> start(
            CommandHandler handler, BusCommand command, CommandProgress progress) {
        try {
            return handler.run(command, progress).toCompletableFuture().copy();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String reason(Throwable error) {
        if (WriteReplies.isTimeout(error)) {
            return "the command did not finish within " + MAX_DURATION.toMinutes() + " minutes";
        }
        return WriteReplies.reason(error);
    }

    /** A request the gate refused before reading it (too large, too many, malformed JSON). */
    @Override
    public void reject(BusTransport.Inbound message, JsonNode json, String reason) {
        CommandReplies.Context context = replies.context(message, json);
        String object = topics.parseCmd(message.topic()).orElse(null);
        boolean named = object != null
                && Ids.isValid(object)
                && json != null
                && json.path("cmd").isTextual();
        replies.reject(named ? context.target(object, json.get("cmd").textValue()) : context, reason);
    }
}
