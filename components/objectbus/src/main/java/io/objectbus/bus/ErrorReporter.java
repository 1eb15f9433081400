// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejected input goes to {@code {node}/$errors} with the reason and the start of the original payload, and to the
 * log, where a flood is summarised instead of written line by line.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static final int PAYLOAD_EXCERPT = 1024;
    private static final int LOG_LINES_PER_SECOND = 20;
    /** The last reports kept for whoever asks later (the node's REST API); older ones only went out on the bus. */
    static final int RECENT = 100;

    private final Topics topics;
    private final BusTransport transport;
    private final Clock clock;
    private final AtomicLong total = new AtomicLong();
    private final BusCounters counters;
    private final java.util.Deque<Map<String, Object>> recent = new java.util.ArrayDeque<>(RECENT);
    private long windowStart;
    private int linesInWindow;
    private int suppressedInWindow;

    ErrorReporter(Topics topics, BusTransport transport, Clock clock, BusCounters counters) {
        this.topics = topics;
        this.counters = counters;
        this.transport = transport;
        this.clock = clock;
    }

    public long total() {
        return total.get();
    }

    /**
     * @param source the topic (or route) the input came from
     * @param payload the rejected input, or null
     */
    public void report(String source, String reason, byte[] payload) {
        total.incrementAndGet();
        counters.error(reason);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("ts", Json.timestamp(clock.instant()));
        error.put("source", source);
        error.put("reason", reason);
        if (payload != null) {
            error.put("payload", excerpt(payload));
            error.put("bytes", payload.length);
        }
        keep(error);
        try {
            transport.publish(topics.errors(), Json.bytes(error), 0);
        } catch (RuntimeException e) {
            LOG.debug("could not publish an error report: {}", e.toString());
        }
        log(source, reason);
    }

    /** The last reports, oldest first, each as published on {@code $errors}. */
    public List<Map<String, Object>> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void keep(Map<String, Object> error) {
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            recent.addLast(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(error)));
        }
    }

    private synchronized void log(String source, String reason) {
        long second = clock.millis() / 1000;
        if (second != windowStart) {
            if (suppressedInWindow > 0) {
                LOG.warn("{} more rejected inputs not logged; see {}", suppressedInWindow, topics.errors());
            }
            windowStart = second;
            linesInWindow = 0;
            suppressedInWindow = 0;
        }
        if (linesInWindow++ < LOG_LINES_PER_SECOND) {
            LOG.warn("Rejected input from {}: {}", source, reason);
        } else {
            suppressedInWindow++;
        }
    }

    /** The first line of an exception's message, as a reason: parsers' messages go on with a location. */
    public static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String excerpt(byte[] payload) {
        int length = Math.min(payload.length, PAYLOAD_EXCERPT);
        return new String(payload, 0, length, StandardCharsets.UTF_8);
    }
}
