// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.Json;
import io.objectbus.history.Aggregate;
import io.objectbus.history.HistoryException;
import io.objectbus.history.HistoryStore;
import io.objectbus.history.Sample;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code GET /api/history/{node}/{object}/{resource}?from=&to=[&interval=]}: a resource's recorded values in [from,
 * to) (by default the last hour), raw as {@code points}, or per interval as {@code buckets}; 404 when history is off.
 */
final class ApiHistory {

    static final int MAX_POINTS = 100_000;

    void answer(Exchange exchange) throws HistoryException {
        HistoryStore store =
                exchange.getContext().getRegistry().lookupByNameAndType("objectbusHistory", HistoryStore.class);
        if (store == null) {
            throw ApiProblem.notFound("history is off on this node (objectbus.history.enabled, docs/history.md)");
        }
        String node = ApiJson.parameter(exchange, "node");
        String object = ApiJson.parameter(exchange, "object");
        String resource = ApiJson.parameter(exchange, "resource");
        Instant to = instant(exchange, "to", Instant.now());
        Instant from = instant(exchange, "from", to.minus(Duration.ofHours(1)));
        String interval = ApiJson.parameter(exchange, "interval");
        if (interval == null) {
            List<Map<String, Object>> points = store.raw(node, object, resource, from, to, MAX_POINTS).stream()
                    .map(ApiHistory::point)
                    .toList();
            ApiJson.answer(exchange, Map.of("points", points));
        } else {
            List<Map<String, Object>> buckets =
                    store.aggregate(node, object, resource, from, to, duration(interval)).stream()
                            .map(ApiHistory::bucket)
                            .toList();
            ApiJson.answer(exchange, Map.of("buckets", buckets));
        }
    }

    private static Map<String, Object> point(Sample sample) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("t", Json.timestamp(sample.time()));
        point.put("value", sample.number() != null ? sample.number() : sample.text());
        return point;
    }

    private static Map<String, Object> bucket(Aggregate aggregate) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("t", Json.timestamp(aggregate.start()));
        bucket.put("min", aggregate.min());
        bucket.put("max", aggregate.max());
        bucket.put("avg", aggregate.avg());
        bucket.put("last", aggregate.last());
        bucket.put("count", aggregate.count());
        return bucket;
    }

    private static Instant instant(Exchange exchange, String name, Instant otherwise) {
        String text = ApiJson.parameter(exchange, name);
        try {
            return text == null ? otherwise : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " is an ISO-8601 time such as 2026-01-31T12:00:00Z, not " + text);
        }
    }

    private static Duration duration(String text) {
        try {
            Duration interval = Duration.parse(text);
            if (interval.isNegative() || interval.isZero()) {
                throw ApiProblem.badRequest("interval is a positive duration, not " + text);
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("interval is an ISO-8601 duration such as PT1M, not " + text);
        }
    }
}
