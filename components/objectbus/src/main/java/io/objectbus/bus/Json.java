// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.objectbus.model.Quality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The bus's JSON: one mapper, and a hand-driven generator for the value payload, which is the hot path. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final JsonStringEncoder ESCAPER = JsonStringEncoder.getInstance();

    private Json() {}

    /** UTC with milliseconds, always 24 characters: {@code 2026-11-21T10:00:00.123Z}. */
    public static String timestamp(Instant instant) {
        StringBuilder out = new StringBuilder(24);
        Timestamps.append(out, instant);
        return out.toString();
    }

    /**
     * {@code {"v":21.5,"u":"Cel","ts":"…","q":"good","seq":7}}, with {@code r} for a reason. Written by hand: it runs
     * once per published value, and a generator costs more than the value.
     */
    public static byte[] value(Object v, String unit, Instant ts, Quality q, String reason, long seq) {
        StringBuilder out = new StringBuilder(112);
        out.append("{\"v\":");
        appendScalar(out, v);
        if (unit != null) {
            out.append(",\"u\":");
            appendString(out, unit);
        }
        out.append(",\"ts\":\"");
        Timestamps.append(out, ts);
        out.append("\",\"q\":\"").append(q.wireName()).append('"');
        if (reason != null) {
            out.append(",\"r\":");
            appendString(out, reason);
        }
        out.append(",\"seq\":").append(seq).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendScalar(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.append(((Number) v).longValue());
        } else if (v instanceof BigDecimal b) {
            out.append(b.toString());
        } else if (v instanceof Number n) {
            appendScalar(out, n.doubleValue());
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else {
            appendString(out, v.toString());
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"').append(ESCAPER.quoteAsString(text)).append('"');
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request; the caller turns the exception into a rejection. */
    public static JsonNode parse(byte[] payload) throws IOException {
        return MAPPER.readTree(payload);
    }

    /** A JSON scalar as the Java value the bus keeps: Long for integers, Double for other numbers. */
    public static Object scalar(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw new IllegalArgumentException("expected a number, boolean, string or null, got " + node.getNodeType());
    }
}
