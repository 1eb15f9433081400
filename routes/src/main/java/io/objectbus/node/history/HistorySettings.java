// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import io.objectbus.history.HistoryMaintenance.Downsampling;
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
 * @param downsampling resource pattern to how long its raw values are kept and the interval of their aggregates after
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
        Map<String, Downsampling> downsampling,
        Map<String, Duration> retention) {

    /** {@code co2=7d/15m,*=30d/1m}: the first pattern that matches a resource decides. */
    static Map<String, Downsampling> parseDownsampling(String text) {
        Map<String, Downsampling> downsampling = new LinkedHashMap<>();
        parseRules(text, "objectbus.history.downsampling", "co2=7d/15m,*=30d/1m")
                .forEach((pattern, rule) -> {
                    int slash = rule.indexOf('/');
                    if (slash <= 0) {
                        throw new IllegalArgumentException(
                                "objectbus.history.downsampling: expected pattern=raw/interval"
                                        + " (co2=7d/15m,*=30d/1m), got '" + pattern + "=" + rule + "'");
                    }
                    Duration interval =
                            TimeUtils.toDuration(rule.substring(slash + 1).trim());
                    if (interval.isZero() || interval.isNegative()) {
                        throw new IllegalArgumentException(
                                "objectbus.history.downsampling: the interval of " + pattern + " must be positive");
                    }
                    downsampling.put(
                            pattern,
                            new Downsampling(
                                    TimeUtils.toDuration(
                                            rule.substring(0, slash).trim()),
                                    interval));
                });
        return downsampling;
    }

    /** {@code co2=30d,*=365d}: the first pattern that matches a resource decides. */
    static Map<String, Duration> parseRetention(String text) {
        Map<String, Duration> retention = new LinkedHashMap<>();
        parseRules(text, "objectbus.history.retention", "co2=30d,*=365d")
                .forEach((pattern, rule) -> retention.put(pattern, TimeUtils.toDuration(rule)));
        return retention;
    }

    private static Map<String, String> parseRules(String text, String key, String example) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        key + ": expected pattern=rule (" + example + "), got '" + entry + "'");
            }
            rules.put(
                    entry.substring(0, equals).trim(),
                    entry.substring(equals + 1).trim());
        }
        return rules;
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "HistorySettings[" + store + ", " + ("duckdb".equals(store) ? file : url) + "]";
    }
}
