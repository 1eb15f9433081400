// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.Glob;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.Exchange;

/**
 * The query of {@code GET /api/events}: {@code node} and {@code object} globs, {@code since} (events with a later
 * {@code ts}), {@code text} (a word the event's JSON contains, such as {@code lamp-failure}) and a {@code limit}.
 */
record EventFilter(Predicate<String> node, Predicate<String> object, Instant since, String text, int limit) {

    static final int DEFAULT_LIMIT = 100;

    static EventFilter of(Exchange exchange) {
        return new EventFilter(
                glob(ApiJson.parameter(exchange, "node")),
                glob(ApiJson.parameter(exchange, "object")),
                since(ApiJson.parameter(exchange, "since")),
                ApiJson.parameter(exchange, "text"),
                limit(ApiJson.parameter(exchange, "limit")));
    }

    boolean matches(Map<String, Object> entry) {
        return object.test(String.valueOf(entry.get("object")))
                && (since == null || isAfter(entry.get("ts")))
                && (text == null || String.valueOf(entry.get("event")).contains(text));
    }

    private boolean isAfter(Object ts) {
        try {
            return ts != null && Instant.parse(ts.toString()).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Predicate<String> glob(String glob) {
        return glob == null ? s -> true : Glob.of(glob);
    }

    private static Instant since(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("since is a time like 2026-11-22T10:00:00Z, not " + text);
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1 || limit > EventLog.PER_NODE * 10) {
                throw ApiProblem.badRequest("limit is 1 to " + EventLog.PER_NODE * 10 + ", not " + text);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("limit is a number, not " + text);
        }
    }
}
