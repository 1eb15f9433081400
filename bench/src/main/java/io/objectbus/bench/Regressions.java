// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What round one met, measured again and set beside round one's recorded figures (bench/results/2026-11-22-3.md, 2
 * cores, an idle machine): scale (10,000 connections, 50,000 objects), cold start, idle RSS, and QoS 1 through the
 * journal (none lost, p99 at 5,000/s). Memory does not depend on the machine's load, so it is held to round one's
 * figure within 10 %; times are held to their targets, with the ratio to round one beside them.
 */
final class Regressions {

    static final String TITLE = "Nothing met before regresses (against round one, 2026-11-22-3)";
    private static final double MEMORY_TOLERANCE = 1.10;

    private Regressions() {}

    static Map<String, Object> run(List<Measurement> runs, int repetitions, boolean quick) throws Exception {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("load average at the start", RoundTwo.loadAverage());
        Map<String, Object> connections = BenchMain.connections(quick ? 2000 : 10_000);
        memory(rows, "10,000 connections: heap KB per connection", connections.get("heap KB per connection"), 51.42);
        rows.put(
                "10,000 connections: connected",
                connections.get("connected") + " of " + (quick ? 2000 : 10_000) + " (round one: all)");
        Map<String, Object> site = BenchMain.site(quick ? 5000 : 50_000);
        memory(rows, "50,000 objects: heap MB for the site", site.get("heap MB for the site"), 372);
        timed(rows, "50,000 objects: late subscriber seconds", site.get("late subscriber seconds"), 7.06, 10);
        timed(rows, "50,000 objects: discovery seconds", site.get("discovery seconds"), 0.29, 1);
        Map<String, Object> start = BenchMain.coldStart(repetitions);
        timed(rows, "cold start: seconds to $state online", start.get("seconds to $state online"), 1.71, 3);
        memory(rows, "cold start: idle RSS MB", start.get("idle rss MB"), 197);
        rows.put("idle RSS ≤ 256 MB (target)", number(start.get("idle rss MB")) <= 256 ? "yes" : "**no**");
        BenchMain.qos1Latency(runs, repetitions);
        qos1(rows, runs);
        rows.put("load average at the end", RoundTwo.loadAverage());
        return rows;
    }

    private static void qos1(Map<String, Object> rows, List<Measurement> runs) {
        List<Measurement> journal = of(runs, "objectbus");
        List<Measurement> synced = of(runs, Report.JOURNAL_SYNC);
        timed(rows, "QoS 1 at 5,000/s, journal: p99 ms", Report.median(journal, Measurement::p99Millis), 2.96, 20);
        timed(
                rows,
                "QoS 1 at 5,000/s, fsync per message: p99 ms",
                Report.median(synced, Measurement::p99Millis),
                6.60,
                20);
        long lost = journal.stream().mapToLong(Measurement::lost).sum()
                + synced.stream().mapToLong(Measurement::lost).sum();
        rows.put("QoS 1: values lost in all runs (round one: 0)", lost == 0 ? "0: yes" : lost + ": **regressed**");
    }

    private static List<Measurement> of(List<Measurement> runs, String system) {
        return runs.stream()
                .filter(m ->
                        m.scenario().equals(Report.LATENCY_QOS1) && m.system().equals(system))
                .toList();
    }

    private static void memory(Map<String, Object> rows, String name, Object now, double roundOne) {
        double value = number(now);
        boolean held = value <= roundOne * MEMORY_TOLERANCE;
        rows.put(
                name,
                String.format(
                        Locale.ROOT,
                        "%.1f (round one %.1f, %.2f ×): %s",
                        value,
                        roundOne,
                        value / roundOne,
                        held ? "held" : "**regressed**"));
    }

    private static void timed(Map<String, Object> rows, String name, Object now, double roundOne, double target) {
        double value = number(now);
        rows.put(
                name,
                String.format(
                        Locale.ROOT,
                        "%.2f (round one %.2f, %.2f ×; target ≤ %s): %s",
                        value,
                        roundOne,
                        value / roundOne,
                        target,
                        value <= target ? "met" : "**not met**"));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
