// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.BusView;
import io.objectbus.model.ObjectDescriptor;
import org.apache.camel.Exchange;

/**
 * The query of {@code GET /api/objects}: the filters of MQTT discovery ({@code node} and {@code object} globs,
 * {@code type}, {@code protocol}, {@code tag}, {@code resource}) and a {@code limit} on the answer's length.
 */
record ObjectFilter(String node, String object, String type, String protocol, String tag, String resource, int limit) {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    static ObjectFilter of(Exchange exchange) {
        return of(name -> ApiJson.parameter(exchange, name));
    }

    /** From a request's parameters, each null when absent or blank. */
    static ObjectFilter of(java.util.function.UnaryOperator<String> parameter) {
        return new ObjectFilter(
                orAll(parameter.apply("node")),
                orAll(parameter.apply("object")),
                parameter.apply("type"),
                parameter.apply("protocol"),
                parameter.apply("tag"),
                parameter.apply("resource"),
                limit(parameter.apply("limit")));
    }

    private static String orAll(String glob) {
        return glob == null ? "*" : glob;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ApiProblem.badRequest("limit is 1 to " + MAX_LIMIT + ", not " + text);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("limit is a number, not " + text);
        }
    }

    BusView.Selection selection() {
        return new BusView.Selection(node, object);
    }

    boolean matches(ObjectDescriptor descriptor) {
        return (type == null || type.equals(descriptor.type()))
                && (protocol == null || protocol.equals(descriptor.protocol()))
                && (tag == null || descriptor.tags().contains(tag))
                && (resource == null || descriptor.resources().containsKey(resource));
    }
}
