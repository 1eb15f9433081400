// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.broker.Glob;
import io.objectbus.model.ObjectDescriptor;
import java.util.function.Predicate;

/**
 * A discovery request: {@code list} ({@code nodes} or {@code objects}), filters on node, object id, name, type,
 * protocol, location, tag and resource (globs with {@code *} and {@code ?} where text), and {@code detail}
 * ({@code summary} or {@code full}).
 */
record DiscoveryQuery(boolean listObjects, boolean full, Predicate<String> node, Predicate<ObjectDescriptor> objects) {

    static DiscoveryQuery parse(JsonNode request, boolean broadcast) {
        if (!request.isObject()) {
            throw new IllegalArgumentException("a discovery request is a JSON object");
        }
        String list = text(request, "list", broadcast && !hasObjectFilter(request) ? "nodes" : "objects");
        if (!list.equals("nodes") && !list.equals("objects")) {
            throw new IllegalArgumentException("\"list\" must be \"nodes\" or \"objects\", got \"" + list + "\"");
        }
        String detail = text(request, "detail", "summary");
        if (!detail.equals("summary") && !detail.equals("full")) {
            throw new IllegalArgumentException("\"detail\" must be \"summary\" or \"full\", got \"" + detail + "\"");
        }
        Predicate<ObjectDescriptor> objects = o -> true;
        objects = objects.and(field(request, "object", ObjectDescriptor::id));
        objects = objects.and(field(request, "name", ObjectDescriptor::name));
        objects = objects.and(field(request, "type", ObjectDescriptor::type));
        objects = objects.and(field(request, "protocol", ObjectDescriptor::protocol));
        objects = objects.and(field(request, "location", ObjectDescriptor::location));
        objects = objects.and(anyOf(request, "tag", o -> o.tags()));
        objects = objects.and(anyOf(request, "resource", o -> o.resources().keySet()));
        return new DiscoveryQuery(list.equals("objects"), detail.equals("full"), glob(request, "node"), objects);
    }

    private static boolean hasObjectFilter(JsonNode request) {
        for (String field : new String[] {"object", "name", "type", "protocol", "location", "tag", "resource"}) {
            if (request.has(field)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode request, String field, String otherwise) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return node.textValue();
    }

    private static Predicate<ObjectDescriptor> field(
            JsonNode request, String name, java.util.function.Function<ObjectDescriptor, String> getter) {
        Predicate<String> glob = glob(request, name);
        return o -> glob.test(getter.apply(o));
    }

    private static Predicate<ObjectDescriptor> anyOf(
            JsonNode request,
            String name,
            java.util.function.Function<ObjectDescriptor, java.util.Collection<String>> getter) {
        if (!request.has(name)) {
            return o -> true;
        }
        Predicate<String> glob = glob(request, name);
        return o -> getter.apply(o).stream().anyMatch(glob);
    }

    private static Predicate<String> glob(JsonNode request, String field) {
        String pattern = text(request, field, null);
        if (pattern == null) {
            return s -> true;
        }
        if (pattern.length() > 256) {
            throw new IllegalArgumentException("\"" + field + "\" pattern is longer than 256 characters");
        }
        return Glob.ignoringCase(pattern);
    }
}
