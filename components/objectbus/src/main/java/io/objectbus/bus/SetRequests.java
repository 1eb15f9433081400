// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.Ids;
import java.time.Clock;

/**
 * The {@code $set} requests the gate lets through: each names an object and a resource that exist and are writable,
 * and carries a value of the resource's type, or it is rejected with the reason; a good one goes to the {@link
 * WriteDispatcher}.
 */
final class SetRequests implements RequestGate.Requests {

    /** Where a valid write goes: the target, the request, its value of the resource's type and its reply context. */
    interface Writer {
        void write(
                ObjectState object,
                ResourceState resource,
                WriteRequest request,
                Object value,
                WriteReplies.Context context);
    }

    private final Topics topics;
    private final Registry registry;
    private final WriteReplies replies;
    private final Clock clock;
    private final Writer writer;

    SetRequests(Topics topics, Registry registry, WriteReplies replies, Clock clock, Writer writer) {
        this.topics = topics;
        this.registry = registry;
        this.replies = replies;
        this.clock = clock;
        this.writer = writer;
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
        onTarget(target, json, context);
    }

    private void onTarget(String[] target, JsonNode json, WriteReplies.Context context) {
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
            writer.write(object, resource, request, value, context.priority(request.priority()));
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
}
