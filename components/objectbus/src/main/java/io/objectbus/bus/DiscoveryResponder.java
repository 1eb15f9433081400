// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.ObjectDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers {@code $discover} requests: the node's descriptor, or its objects that match the filters, in pages so that
 * no reply grows without bound.
 */
final class DiscoveryResponder implements RequestGate.Requests {

    static final int SUMMARIES_PER_PAGE = 500;
    static final int DESCRIPTIONS_PER_PAGE = 100;

    private final Topics topics;
    private final Registry registry;
    private final BusTransport transport;
    private final ErrorReporter errors;
    private final Supplier<Map<String, Object>> nodeInfo;

    DiscoveryResponder(
            Topics topics,
            Registry registry,
            BusTransport transport,
            ErrorReporter errors,
            Supplier<Map<String, Object>> nodeInfo) {
        this.topics = topics;
        this.registry = registry;
        this.transport = transport;
        this.errors = errors;
        this.nodeInfo = nodeInfo;
    }

    @Override
    public void onRequest(BusTransport.Inbound message, JsonNode request) {
        Replies replies = Replies.of(message, request);
        boolean broadcast = message.topic().equals(topics.broadcastDiscover());
        DiscoveryQuery query;
        try {
            query = DiscoveryQuery.parse(request, broadcast);
        } catch (IllegalArgumentException e) {
            reject(message, request, e.getMessage());
            return;
        }
        if (!replies.wanted()) {
            errors.report(
                    message.topic(), "discovery request without a response topic or \"reply\"", message.payload());
        } else if (query.node().test(topics.node())) {
            if (query.listObjects()) {
                answerObjects(replies, query);
            } else {
                answer(replies, Map.of("info", nodeInfo.get()));
            }
        }
    }

    @Override
    public void reject(BusTransport.Inbound message, JsonNode request, String reason) {
        errors.report(message.topic(), reason, message.payload());
        answer(Replies.of(message, request), Map.of("status", "rejected", "reason", reason));
    }

    private void answerObjects(Replies replies, DiscoveryQuery query) {
        List<Object> found = new ArrayList<>();
        for (ObjectState object : registry.all()) {
            if (query.objects().test(object.descriptor)) {
                found.add(query.full() ? describe(object) : summarise(object.descriptor));
            }
        }
        int perPage = query.full() ? DESCRIPTIONS_PER_PAGE : SUMMARIES_PER_PAGE;
        int pages = Math.max(1, (found.size() + perPage - 1) / perPage);
        for (int page = 0; page < pages; page++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("objects", found.subList(page * perPage, Math.min(found.size(), (page + 1) * perPage)));
            body.put("total", found.size());
            body.put("page", page + 1);
            body.put("pages", pages);
            answer(replies, body);
        }
    }

    private void answer(Replies replies, Map<String, Object> body) {
        if (!replies.wanted()) {
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        if (replies.id() != null) {
            reply.put("id", replies.id());
        }
        reply.put("node", topics.node());
        reply.putAll(body);
        transport.reply(replies.topic(), Json.bytes(reply), replies.correlationData(), replies.askedAt());
    }

    private static Map<String, Object> summarise(ObjectDescriptor d) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", d.id());
        summary.put("name", d.name());
        summary.put("type", d.type());
        summary.put("protocol", d.protocol());
        if (d.location() != null) {
            summary.put("location", d.location());
        }
        summary.put("tags", d.tags());
        summary.put("resources", List.copyOf(d.resources().keySet()));
        return summary;
    }

    /** The full descriptor, with current values and the priority arrays of writable resources. */
    private static Map<String, Object> describe(ObjectState object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> description = Json.MAPPER.convertValue(object.descriptor, Map.class);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> priorities = new LinkedHashMap<>();
        object.resources.forEach((id, resource) -> {
            byte[] payload = resource.payload;
            if (payload != null) {
                values.put(id, Json.MAPPER.convertValue(readTree(payload), Object.class));
            }
            if (resource.priorities != null) {
                priorities.put(id, resource.priorities.snapshot());
            }
        });
        description.put("values", values);
        description.put("priorities", priorities);
        return description;
    }

    private static JsonNode readTree(byte[] payload) {
        try {
            return Json.parse(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the bus's own payload is not JSON", e);
        }
    }
}
