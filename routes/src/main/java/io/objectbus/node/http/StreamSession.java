// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * One client of {@code GET /api/stream}: a watch of the bus whose changes wait in a bounded queue and are written as
 * Server-Sent Events on the connection's Vert.x context. The bus's thread only enqueues; a client whose queue
 * overflows after the picture (it reads slower than the bus changes) is disconnected, never waited for.
 */
final class StreamSession implements BusView.Listener {

    private static final int CHUNK_BYTES = 64 * 1024;

    private record Event(String name, Object data) {}

    private final ObjectFilter filter;
    private final HttpServerResponse response;
    private final Context context;
    private final int capacity;
    private final LongConsumer onSent;
    private final Runnable onEnd;
    private final Runnable onOverflow;
    private final Queue<Event> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    /** node/object of the selected objects; touched only by the watch's calls, which come one at a time. */
    private final Set<String> selected = new HashSet<>();

    private volatile BusView.Watch watch;
    /** The picture, however large, is given whole: the buffer bounds what waits beyond it. */
    private volatile int limit = Integer.MAX_VALUE;

    private long heartbeat = -1;

    StreamSession(
            ObjectFilter filter,
            HttpServerResponse response,
            Context context,
            int capacity,
            LongConsumer onSent,
            Runnable onEnd,
            Runnable onOverflow) {
        this.filter = filter;
        this.response = response;
        this.context = context;
        this.capacity = capacity;
        this.onSent = onSent;
        this.onEnd = onEnd;
        this.onOverflow = onOverflow;
    }

    /** Sends the headers, then the selected objects' picture, a {@code ready} event, and their changes. */
    void start(BusView view, long heartbeatMillis) {
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.closeHandler(v -> end());
        response.exceptionHandler(e -> end());
        response.write(": objectbus stream\n\n");
        watch = view.watch(filter.selection(), this);
        limit = capacity + queued.get();
        enqueue(new Event("ready", Map.of("objects", selectedCount())));
        heartbeat = context.owner().setPeriodic(heartbeatMillis, id -> keepAlive());
        if (ended.get()) {
            watch.close();
            context.owner().cancelTimer(heartbeat);
        }
    }

    private synchronized int selectedCount() {
        return selected.size();
    }

    @Override
    public synchronized void described(String node, ObjectDescriptor object) {
        String key = node + "/" + object.id();
        if (filter.matches(object)) {
            selected.add(key);
            enqueue(new Event("object", Map.of("node", node, "descriptor", object)));
        } else if (selected.remove(key)) {
            enqueue(new Event("removed", Map.of("node", node, "object", object.id())));
        }
    }

    @Override
    public synchronized void removed(String node, String objectId) {
        if (selected.remove(node + "/" + objectId)) {
            enqueue(new Event("removed", Map.of("node", node, "object", objectId)));
        }
    }

    @Override
    public synchronized void value(BusValue value) {
        if (selected.contains(value.node() + "/" + value.object())
                && (filter.resource() == null || filter.resource().equals(value.resource()))) {
            enqueue(new Event("value", payload(value)));
        }
    }

    private static Map<String, Object> payload(BusValue value) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("node", value.node());
        payload.put("object", value.object());
        payload.put("resource", value.resource());
        payload.putAll(ApiObjects.payload(value));
        return payload;
    }

    private void enqueue(Event event) {
        if (ended.get()) {
            return;
        }
        if (queued.incrementAndGet() > limit) {
            onOverflow.run();
            context.runOnContext(v -> response.close());
            end();
            return;
        }
        queue.add(event);
        if (drainScheduled.compareAndSet(false, true)) {
            context.runOnContext(v -> drain());
        }
    }

    /** On the connection's context: as much of the queue as the connection takes now, the rest when it drains. */
    private void drain() {
        drainScheduled.set(false);
        if (ended.get()) {
            return;
        }
        Buffer chunk = Buffer.buffer();
        Event event;
        long sent = 0;
        while (!response.writeQueueFull() && (event = queue.poll()) != null) {
            queued.decrementAndGet();
            sent++;
            chunk.appendString("event: " + event.name() + "\ndata: ")
                    .appendBytes(Json.bytes(event.data()))
                    .appendString("\n\n");
            if (chunk.length() >= CHUNK_BYTES) {
                response.write(chunk);
                chunk = Buffer.buffer();
            }
        }
        if (chunk.length() > 0) {
            response.write(chunk);
        }
        onSent.accept(sent);
        if (!queue.isEmpty()) {
            response.drainHandler(v -> drain());
        }
    }

    /** A comment now and then: proxies keep the connection, and a client gone away is noticed. */
    private void keepAlive() {
        if (!ended.get() && !response.writeQueueFull()) {
            response.write(": keep-alive\n\n");
        }
    }

    /** Ends the stream: the connection closes, the watch ends and the slot is given back. Idempotent. */
    void end() {
        if (ended.compareAndSet(false, true)) {
            BusView.Watch running = watch;
            if (running != null) {
                running.close();
            }
            if (heartbeat >= 0) {
                context.owner().cancelTimer(heartbeat);
            }
            queue.clear();
            onEnd.run();
        }
    }

    /** Closes the connection (the node stops). */
    void close() {
        context.runOnContext(v -> response.close());
        end();
    }
}
