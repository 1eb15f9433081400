// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Sample;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Writes: validates a {@code $set} against the resource's descriptor, records it in the priority array, sends the new
 * effective value to the adapter that owns the object and tells the writer how it went.
 */
final class WriteDispatcher implements RequestGate.Requests {

    private record Route(Predicate<ObjectDescriptor> objects, WriteHandler handler) {}

    private final BusSettings settings;
    private final Topics topics;
    private final Registry registry;
    private final ValueEngine values;
    private final WriteReplies replies;
    private final Clock clock;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    WriteDispatcher(
            BusSettings settings,
            Topics topics,
            Registry registry,
            ValueEngine values,
            WriteReplies replies,
            Clock clock) {
        this.settings = settings;
        this.topics = topics;
        this.registry = registry;
        this.values = values;
        this.replies = replies;
        this.clock = clock;
    }

    Runnable register(Predicate<ObjectDescriptor> objects, WriteHandler handler) {
        Route route = new Route(objects, handler);
        routes.add(route);
        return () -> routes.remove(route);
    }

    @Override
    public void onRequest(BusTransport.Inbound message, JsonNode json) {
        WriteReplies.Context context = replies.context(message, json);
        String[] target = topics.parseSet(message.topic()).orElse(null);
        if (target == null) {
            replies.reject(
                    context, "a write topic is " + topics.prefix() + "/" + topics.node() + "/{object}/{resource}/$set");
            return;
        }
        context = context.target(target[0], target[1]);
        if (!Ids.isValid(target[0]) || !Ids.isValid(target[1])) {
            replies.reject(
                    context,
                    "invalid id in topic: ids are [A-Za-z0-9_-]{1,64}, got " + Ids.printable(target[0]) + "/"
                            + Ids.printable(target[1]));
            return;
        }
        ObjectState object = registry.get(target[0]);
        ResourceState resource = object == null ? null : object.resources.get(target[1]);
        String problem = object == null
                ? "unknown object " + target[0]
                : resource == null
                        ? "unknown resource " + target[1] + " of object " + target[0]
                        : !resource.descriptor.writable() ? "resource " + target[1] + " is not writable" : null;
        if (problem != null) {
            replies.reject(context, problem);
            return;
        }
        try {
            WriteRequest request = WriteRequest.parse(json, clock.instant());
            Object value = ValueCoercion.coerce(resource.descriptor, request.value());
            write(object, resource, request, value, context.priority(request.priority()));
        } catch (IllegalArgumentException e) {
            replies.reject(context, e.getMessage());
        }
    }

    /** A request the gate refused before reading it: answered as every write is, naming its target where it can. */
    @Override
    public void reject(BusTransport.Inbound message, JsonNode json, String reason) {
        WriteReplies.Context context = replies.context(message, json);
        String[] target = topics.parseSet(message.topic()).orElse(null);
        boolean named = target != null && Ids.isValid(target[0]) && Ids.isValid(target[1]);
        replies.reject(named ? context.target(target[0], target[1]) : context, reason);
    }

    private void write(
            ObjectState object,
            ResourceState resource,
            WriteRequest request,
            Object value,
            WriteReplies.Context context) {
        PriorityArray.Effective effective;
        synchronized (resource) {
            PriorityArray.Effective before = resource.priorities.effective();
            resource.priorities.write(request.priority(), value, request.owner(), request.expiresAt());
            effective = resource.priorities.effective();
            // A write at the level in control goes to the device even when the value is the same, as a BACnet
            // command does: it re-commands a device that drifted and lets momentary actions be repeated.
            boolean inControl = effective.priority() == request.priority() && request.value() != null;
            if (Objects.equals(before, effective) && !inControl) {
                replies.stored(context, effective);
                return;
            }
        }
        replies.accepted(context, effective);
        dispatch(object, resource, effective, request.priority(), request.owner(), context);
    }

    /** Relinquishes expired levels and sends the resulting effective values. */
    void expire() {
        for (ObjectState object : registry.all()) {
            for (ResourceState resource : object.resources.values()) {
                if (resource.priorities != null && resource.priorities.expire(clock.instant())) {
                    PriorityArray.Effective effective = resource.priorities.effective();
                    dispatch(object, resource, effective, 0, "expiry", WriteReplies.Context.NONE);
                }
            }
        }
    }

    private void dispatch(
            ObjectState object,
            ResourceState resource,
            PriorityArray.Effective effective,
            int writtenPriority,
            String owner,
            WriteReplies.Context context) {
        WriteHandler handler = handlerFor(object.descriptor);
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
        CompletableFuture<Void> done;
        try {
            done = handler.apply(command).toCompletableFuture();
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        done.orTimeout(settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, error) -> replies.outcome(context, effective, error));
    }

    private WriteHandler handlerFor(ObjectDescriptor object) {
        for (Route route : routes) {
            if (route.objects().test(object)) {
                return route.handler();
            }
        }
        return null;
    }
}
