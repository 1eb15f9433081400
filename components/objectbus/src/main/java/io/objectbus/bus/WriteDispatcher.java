// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Sample;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes: records a valid {@code $set} ({@link SetRequests} checked it) in the priority array, sends the new effective
 * value to the adapter that owns the object and tells the writer how it went.
 */
final class WriteDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WriteDispatcher.class);

    private record Route(Predicate<ObjectDescriptor> objects, WriteHandler handler) {}

    /**
     * One write on its way to the adapter: the change it made to the array (null when it only sends the effective
     * value again) and the effective values before and after it.
     */
    private record WriteAttempt(
            ObjectState object,
            ResourceState resource,
            PriorityArray.Change change,
            PriorityArray.Effective before,
            PriorityArray.Effective effective) {}

    private final BusSettings settings;
    private final Registry registry;
    private final ValueEngine values;
    private final WriteReplies replies;
    private final Clock clock;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final SetRequests requests;

    WriteDispatcher(
            BusSettings settings,
            Topics topics,
            Registry registry,
            ValueEngine values,
            WriteReplies replies,
            Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.values = values;
        this.replies = replies;
        this.clock = clock;
        this.requests = new SetRequests(topics, registry, replies, clock, this::write);
    }

    Runnable register(Predicate<ObjectDescriptor> objects, WriteHandler handler) {
        Route route = new Route(objects, handler);
        routes.add(route);
        return () -> routes.remove(route);
    }

    /** The {@code $set} requests whose valid writes come here. */
    RequestGate.Requests requests() {
        return requests;
    }

    /** A valid write: recorded in the priority array, and the new effective value sent to the adapter. */
    private void write(
            ObjectState object,
            ResourceState resource,
            WriteRequest request,
            Object value,
            WriteReplies.Context context) {
        WriteAttempt attempt;
        synchronized (resource) {
            PriorityArray.Effective before = resource.priorities.effective();
            PriorityArray.Change change =
                    resource.priorities.write(request.priority(), value, request.owner(), request.expiresAt());
            attempt = new WriteAttempt(object, resource, change, before, resource.priorities.effective());
            // A write at the level in control goes to the device even when the value is the same, as a BACnet
            // command does: it re-commands a device that drifted and lets momentary actions be repeated.
            boolean inControl = attempt.effective().priority() == request.priority() && request.value() != null;
            if (before.equals(attempt.effective()) && !inControl) {
                replies.stored(context, attempt.effective());
                return;
            }
        }
        replies.accepted(context, attempt.effective());
        dispatch(attempt, request.priority(), request.owner(), context);
    }

    /** Relinquishes expired levels and sends the resulting effective values. */
    void expire() {
        for (ObjectState object : registry.all()) {
            for (ResourceState resource : object.resources.values()) {
                if (resource.priorities != null && resource.priorities.expire(clock.instant())) {
                    send(object, resource, 0, "expiry");
                }
            }
        }
    }

    /**
     * Sends the effective value of each writable resource of the object that a level holds to its adapter again,
     * e.g. to a device that restarted and lost its commands; returns how many it sent.
     */
    int recommand(String objectId, String reason) {
        ObjectState object = registry.get(objectId);
        int sent = 0;
        for (ResourceState resource : object == null ? List.<ResourceState>of() : object.resources.values()) {
            int level = resource.priorities == null
                    ? 0
                    : resource.priorities.effective().priority();
            if (level > 0) {
                LOG.info("Commanding {}/{} at priority {} again: {}", objectId, resource.id, level, reason);
                send(object, resource, level, owner(resource, level));
                sent++;
            }
        }
        return sent;
    }

    /** Sends the resource's effective value as it is now, with no writer to answer. */
    private void send(ObjectState object, ResourceState resource, int writtenPriority, String owner) {
        PriorityArray.Effective now = resource.priorities.effective();
        dispatch(new WriteAttempt(object, resource, null, now, now), writtenPriority, owner, WriteReplies.Context.NONE);
    }

    private static String owner(ResourceState resource, int level) {
        PriorityArray.Entry entry = resource.priorities.entry(level);
        return entry == null ? null : entry.owner();
    }

    private void dispatch(WriteAttempt attempt, int writtenPriority, String owner, WriteReplies.Context context) {
        ObjectState object = attempt.object();
        ResourceState resource = attempt.resource();
        PriorityArray.Effective effective = attempt.effective();
        WriteHandler handler = handlerFor(object);
        if (handler == null) {
            // No adapter owns the object: the bus itself holds the value.
            values.accept(object, resource, Sample.good(effective.value(), clock.instant()));
            replies.applied(context, effective);
            return;
        }
        WriteCommand command = new WriteCommand(
                object.id(),
                resource.id,
                effective.value(),
                effective.priority(),
                writtenPriority,
                owner,
                object.descriptor,
                resource.descriptor);
        CompletableFuture<Throwable> settled = apply(handler, command).handle((ok, error) -> settle(attempt, error));
        // The writer's answer waits for the write timeout at most; the adapter's outcome still counts when later.
        settled.copy()
                .orTimeout(settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((error, timeout) -> answer(context, attempt, timeout != null ? timeout : error));
    }

    private static CompletableFuture<Void> apply(WriteHandler handler, WriteCommand command) {
        try {
            return handler.apply(command).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * A write the adapter or device refused leaves the priority array as it was before it (as a BACnet device's
     * does): its level is undone, and the value now in control goes to the device if it is another than the one
     * before. A timeout is no refusal: the device may have applied the write, so its level stays.
     */
    private Throwable settle(WriteAttempt attempt, Throwable error) {
        if (error == null || WriteReplies.isTimeout(error) || attempt.change() == null) {
            return error;
        }
        ResourceState resource = attempt.resource();
        PriorityArray.Effective now;
        synchronized (resource) {
            if (!resource.priorities.undo(attempt.change())) {
                return error;
            }
            now = resource.priorities.effective();
        }
        LOG.info(
                "Write of {}/{} at priority {} refused, level undone: {}",
                resource.objectId,
                resource.id,
                attempt.change().priority(),
                WriteReplies.reason(error));
        if (!now.equals(attempt.before())) {
            send(attempt.object(), resource, now.priority(), owner(resource, now.priority()));
        }
        return error;
    }

    /** Failed: with the effective value after the write was undone; otherwise with the one it made. */
    private void answer(WriteReplies.Context context, WriteAttempt attempt, Throwable error) {
        boolean refused = error != null && !WriteReplies.isTimeout(error) && attempt.change() != null;
        replies.outcome(context, refused ? attempt.resource().priorities.effective() : attempt.effective(), error);
    }

    /** The writer the describing route bound to the object, else the first set consumer that takes it. */
    private WriteHandler handlerFor(ObjectState object) {
        if (object.writer != null) {
            return object.writer;
        }
        for (Route route : routes) {
            if (route.objects().test(object.descriptor)) {
                return route.handler();
            }
        }
        return null;
    }
}
