// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.objectbus.bus.Json;
import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the values in a publish message. The body may be a single value (with object and resource given), a map of
 * resource id to value for one object, a map with {@code object}, {@code resource} and {@code v}, a list of those, a
 * {@link Sample}, or the same as JSON text. A value may itself be {@code {"v":…,"q":…,"ts":…,"r":…}}.
 */
final class ValueBodyReader {

    /** Object, resource, quality and time given by the URI and headers. */
    record Context(String object, String resource, Quality quality, String reason, Instant timestamp) {
        Context withObject(String object) {
            return new Context(object, resource, quality, reason, timestamp);
        }

        Context withResource(String resource) {
            return new Context(object, resource, quality, reason, timestamp);
        }
    }

    private ValueBodyReader() {}

    static List<ValueReport> read(Object body, Context context) {
        List<ValueReport> reports = new ArrayList<>();
        collect(body, context, reports);
        return reports;
    }

    private static void collect(Object body, Context context, List<ValueReport> out) {
        if (body instanceof Sample sample) {
            out.add(new ValueReport(
                    require(context.object(), "object"), require(context.resource(), "resource"), sample));
        } else if (body instanceof Collection<?> items) {
            items.forEach(item -> collect(item, context, out));
        } else if (body instanceof Map<?, ?> map) {
            collectMap(map, context, out);
        } else if (body instanceof byte[] bytes) {
            collect(new String(bytes, StandardCharsets.UTF_8), context, out);
        } else if (body instanceof String text && (context.object() == null || context.resource() == null)) {
            collect(parseJson(text), context, out);
        } else {
            out.add(single(body, context));
        }
    }

    private static void collectMap(Map<?, ?> map, Context context, List<ValueReport> out) {
        if (map.containsKey("object") || map.containsKey("resource")) {
            Context inner = context;
            if (map.get("object") != null) {
                inner = inner.withObject(String.valueOf(map.get("object")));
            }
            if (map.get("resource") != null) {
                inner = inner.withResource(String.valueOf(map.get("resource")));
            }
            out.add(single(map, inner));
        } else if (map.containsKey("v") && context.resource() != null) {
            out.add(single(map, context));
        } else {
            require(context.object(), "object");
            map.forEach((resource, value) -> out.add(single(value, context.withResource(String.valueOf(resource)))));
        }
    }

    private static ValueReport single(Object value, Context context) {
        String object = require(context.object(), "object");
        String resource = require(context.resource(), "resource");
        if (value instanceof Map<?, ?> map && map.containsKey("v")) {
            Quality quality = map.get("q") == null ? context.quality() : Quality.of(String.valueOf(map.get("q")));
            Object reason = map.get("r") == null ? context.reason() : map.get("r");
            Instant ts = map.get("ts") == null ? context.timestamp() : Timestamps.of(map.get("ts"));
            return new ValueReport(
                    object, resource, new Sample(map.get("v"), quality, reason == null ? null : reason.toString(), ts));
        }
        return new ValueReport(
                object, resource, new Sample(value, context.quality(), context.reason(), context.timestamp()));
    }

    private static Object parseJson(String text) {
        try {
            return Json.MAPPER.readValue(text, new TypeReference<Object>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("no " + what + " given: set the " + what
                    + " option, the ObjectBus" + Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " header, or put it in the body");
        }
        return value;
    }
}
