// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.util.TimeUtils;

/**
 * The node's history settings ({@code objectbus.history.*}, docs/history.md).
 *
 * @param store {@code duckdb} (embedded) or {@code postgresql}
 * @param file the DuckDB file
 * @param url, user, password the PostgreSQL database
 * @param retention resource pattern ({@code *} any characters) to how long its values are kept, most specific first
 */
record HistorySettings(
        String store,
        String file,
        String url,
        String user,
        String password,
        int queueCapacity,
        int batchSize,
        Map<String, Duration> retention) {

    /** {@code co2=30d,*=365d}: the first pattern that matches a resource decides. */
    static Map<String, Duration> parseRetention(String text) {
        Map<String, Duration> retention = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        "objectbus.history.retention: expected pattern=duration (co2=30d,*=365d), got '" + entry + "'");
            }
            retention.put(
                    entry.substring(0, equals).trim(),
                    TimeUtils.toDuration(entry.substring(equals + 1).trim()));
        }
        return retention;
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "HistorySettings[" + store + ", " + ("duckdb".equals(store) ? file : url) + "]";
    }
}
