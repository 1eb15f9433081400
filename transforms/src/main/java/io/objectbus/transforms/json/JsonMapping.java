// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.support.DefaultExchange;

/**
 * Maps a device's JSON to the values of its resources with Camel's JSONPath ({@code jsonpath}) or jq ({@code jq})
 * language: one expression per resource, each value checked against the resource's type. A resource the payload
 * does not give, or gives as the wrong type, is a problem of that resource alone; the others are read.
 */
public final class JsonMapping {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CamelContext context;
    private final boolean jq;
    private final List<JsonResource> resources;
    private final Map<String, Expression> expressions = new LinkedHashMap<>();

    /** @param language {@code jsonpath} or {@code jq} */
    public JsonMapping(CamelContext context, String language, List<JsonResource> resources) {
        if (!"jsonpath".equals(language) && !"jq".equals(language)) {
            throw new IllegalArgumentException("language must be jsonpath or jq, not '" + language + "'");
        }
        this.context = context;
        this.jq = "jq".equals(language);
        this.resources = List.copyOf(resources);
        for (JsonResource resource : resources) {
            Expression expression = context.resolveLanguage(language).createExpression(resource.expression());
            expression.init(context);
            expressions.put(resource.id(), expression);
        }
    }

    public List<JsonResource> resources() {
        return resources;
    }

    public JsonReadings read(byte[] payload) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(payload == null ? new byte[0] : payload);
        } catch (java.io.IOException e) {
            return JsonReadings.unreadable("not JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            return JsonReadings.unreadable("no JSON: the payload is empty");
        }
        return read(tree);
    }

    public JsonReadings read(String payload) {
        return read(payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
    }

    private JsonReadings read(JsonNode tree) {
        Object body = jq ? tree : MAPPER.convertValue(tree, Object.class);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (JsonResource resource : resources) {
            try {
                Object raw = evaluate(expressions.get(resource.id()), body);
                values.put(resource.id(), JsonValues.as(resource.descriptor().type(), raw));
            } catch (RuntimeException e) {
                problems.put(resource.id(), resource.expression() + ": " + firstLine(e.getMessage()));
            }
        }
        return new JsonReadings(values, problems, null);
    }

    private Object evaluate(Expression expression, Object body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        Object result = expression.evaluate(exchange, Object.class);
        if (exchange.getException() != null) {
            throw new IllegalArgumentException(exchange.getException().getMessage(), exchange.getException());
        }
        if (result instanceof JsonNode node) {
            return node.isNull() || node.isMissingNode() ? null : plain(node);
        }
        return result;
    }

    private static Object plain(JsonNode node) {
        try {
            return MAPPER.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
