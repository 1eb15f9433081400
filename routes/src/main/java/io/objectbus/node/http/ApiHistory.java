// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

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
import org.apache.camel.Processor;

/**
 * {@code GET /api/history/{node}/{object}/{resource}?from=&to=[&interval=]}: a resource's recorded values in [from, to)
 * as {@code {"points":[{"t","value"}]}}, or with an ISO-8601 interval its min, max, avg, last and count per interval as
 * {@code {"buckets":[…]}}, read from the node's history store in the JVM (docs/history.md). At most
 * {@value #MAX_POINTS} points ({@code "truncated": true} when there were more) or buckets (more is a bad request).
 */
final class ApiHistory implements Processor {

    static final String PATH = "/api/history/{node}/{object}/{resource}";
    static final int MAX_POINTS = 10_000;
    static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    @Override
    public void process(Exchange exchange) throws HistoryException {
        HistoryStore store = store(exchange);
        String node = ApiJson.parameter(exchange, "node");
        String object = ApiJson.parameter(exchange, "object");
        String resource = ApiJson.parameter(exchange, "resource");
        Instant to = instant(exchange, "to", Instant.now());
        Instant from = instant(exchange, "from", to.minus(DEFAULT_RANGE));
        if (!from.isBefore(to)) {
            throw ApiProblem.badRequest("from (" + from + ") must be before to (" + to + ")");
        }
        String interval = ApiJson.parameter(exchange, "interval");
        Map<String, Object> answer = interval == null
                ? points(store.raw(node, object, resource, from, to, MAX_POINTS + 1))
                : buckets(store.aggregate(node, object, resource, from, to, interval(interval, from, to)));
        ApiJson.answer(exchange, answer);
    }

    private static HistoryStore store(Exchange exchange) {
        HistoryStore store =
                exchange.getContext().getRegistry().lookupByNameAndType(HistoryStore.REGISTRY_NAME, HistoryStore.class);
        if (store == null) {
            throw ApiProblem.notFound("this node keeps no history: objectbus.history.enabled is false");
        }
        return store;
    }

    private static Instant instant(Exchange exchange, String name, Instant absent) {
        String text = ApiJson.parameter(exchange, name);
        if (text == null) {
            return absent;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " must be an ISO-8601 time such as 2026-12-04T10:00:00Z, got '" + text
                    + "' (a + in a URL is a space: write %2B or Z)");
        }
    }

    private static Duration interval(String text, Instant from, Instant to) {
        Duration interval;
        try {
            interval = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(
                    "interval must be an ISO-8601 duration such as PT1M or PT1H, got '" + text + "'");
        }
        if (interval.toMillis() < 1) {
            throw ApiProblem.badRequest("interval must be at least a millisecond, got " + text);
        }
        long buckets = Duration.between(from, to).toMillis() / interval.toMillis() + 1;
        if (buckets > MAX_POINTS) {
            throw ApiProblem.badRequest("from " + from + " to " + to + " in intervals of " + text + " is " + buckets
                    + " buckets, more than " + MAX_POINTS + ": choose a longer interval or a shorter range");
        }
        return interval;
    }

    private static Map<String, Object> points(List<Sample> samples) {
        boolean truncated = samples.size() > MAX_POINTS;
        List<Map<String, Object>> points = samples.stream()
                .limit(MAX_POINTS)
                .map(s -> {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("t", s.time().toString());
                    point.put("value", s.number() != null ? s.number() : s.text());
                    return point;
                })
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("points", points);
        answer.put("truncated", truncated);
        return answer;
    }

    private static Map<String, Object> buckets(List<Aggregate> aggregates) {
        List<Map<String, Object>> buckets = aggregates.stream()
                .map(a -> {
                    Map<String, Object> bucket = new LinkedHashMap<>();
                    bucket.put("t", a.start().toString());
                    bucket.put("min", a.min());
                    bucket.put("max", a.max());
                    bucket.put("avg", a.avg());
                    bucket.put("last", a.last());
                    bucket.put("count", a.count());
                    return bucket;
                })
                .toList();
        return Map.of("buckets", buckets);
    }
}
