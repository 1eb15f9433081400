// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day of 1,000 resources in the embedded store (DuckDB), and queries of one resource's day in it, before and after
 * the store's compaction has ordered the closed hours by resource. The day is written in time order, as the recorder
 * writes it, but by one SQL statement rather than through the recorder's batches: 86.4 million rows (1,000 resources
 * at one value a second) through the appender take longer than a shared benchmark machine allows, and what is measured
 * here is the query, not the write (HistoryFlood measures that). Values are a room temperature's: a slow wave plus
 * noise, at 0.1 resolution. Bytes per value: the file after DuckDB's checkpoint, divided by its rows.
 */
final class HistoryDay {

    /** 1,000 as the issue asks; -Dbench.history.resources=<n> for fewer, to see what the others' rows cost. */
    static final int RESOURCES = Integer.getInteger("bench.history.resources", 1000);

    static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

    private HistoryDay() {}

    static Map<String, Object> run(int[] spacingsSeconds) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int spacing : spacingsSeconds) {
            Path dir = Files.createTempDirectory("bench-history");
            Path file = dir.resolve("history.duckdb");
            long fillStart = System.nanoTime();
            long rows = fill(file, spacing, 86_400);
            String at = String.format(
                    java.util.Locale.ROOT, "%,d rows (%,d resources, 1 value/%d s)", rows, RESOURCES, spacing);
            figures.put(
                    at + ": fill, s (load average after: " + RoundTwo.loadAverage() + ")",
                    Math.round((System.nanoTime() - fillStart) / 1e8) / 10.0);
            figures.put(at + ": bytes per value, in time order", bytesPerValue(file, rows));
            try (HistoryStore store = DuckDbHistoryStore.open(file)) {
                queries(figures, at + ", in time order", store);
                long start = System.nanoTime();
                long moved = store.compact(DAY.plus(Duration.ofDays(1)));
                figures.put(
                        at + ": compaction of the day's 24 hours, s (load average after: " + RoundTwo.loadAverage()
                                + ")",
                        Math.round((System.nanoTime() - start) / 1e8) / 10.0);
                figures.put(at + ": values compacted", moved);
                queries(figures, at + ", compacted", store);
            }
            figures.put(at + ": bytes per value, compacted (file)", bytesPerValue(file, rows));
            figures.put(
                    at + ": bytes per value, compacted (blocks in use; the rest is reused)",
                    usedBytesPerValue(file, rows));
            deleteTree(dir);
        }
        return figures;
    }

    private static double bytesPerValue(Path file, long rows) throws Exception {
        return Math.round(Files.size(file) * 10.0 / rows) / 10.0;
    }

    /** The file's blocks in use: compaction frees the recorder's blocks, which DuckDB reuses but does not give back. */
    private static double usedBytesPerValue(Path file, long rows) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement query = connection.createStatement();
                var size = query.executeQuery(
                        "SELECT (total_blocks - free_blocks) * block_size FROM pragma_database_size()")) {
            size.next();
            return Math.round(size.getLong(1) * 10.0 / rows) / 10.0;
        }
    }

    private static void queries(Map<String, Object> figures, String at, HistoryStore store) throws Exception {
        Instant end = DAY.plus(Duration.ofDays(1));
        figures.put(at + ": load average before the queries", RoundTwo.loadAverage());
        time(
                figures,
                at + ": one resource's day, raw",
                () -> store.raw("bench", "o-17", "temperature", DAY, end, 1_000_000));
        time(
                figures,
                at + ": one resource's day per minute",
                () -> store.aggregate("bench", "o-17", "temperature", DAY, end, Duration.ofMinutes(1)));
    }

    /** Writes the day into the recorder's table in time order, each second's values of all resources together. */
    static long fill(Path file, int spacing, int seconds) throws Exception {
        BenchMain.log("history: " + seconds + " s of " + RESOURCES + " resources, a value every " + spacing + " s");
        DuckDbHistoryStore.open(file).close();
        long rows = (long) RESOURCES * (seconds / spacing);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement insert = connection.createStatement()) {
            // The store's layout: resource o-n is series n + 1, quality 0 is good.
            insert.execute("INSERT INTO ob_series SELECT i + 1, 'bench', 'o-' || i, 'temperature' FROM range("
                    + RESOURCES + ") AS t(i)");
            insert.execute("INSERT INTO ob_history SELECT i % " + RESOURCES + " + 1, "
                    + DAY.toEpochMilli() + " + (i // " + RESOURCES + ") * " + spacing * 1000L + ","
                    + " round(21 + 2 * sin(((i // " + RESOURCES + ") * " + spacing + " + (i % " + RESOURCES
                    + ") * 97) * pi() / 43200) + (random() - 0.5) * 0.35, 1), NULL, 0 FROM range(" + rows
                    + ") AS t(i)");
        }
        return rows;
    }

    private interface Query {
        List<?> run() throws Exception;
    }

    /**
     * Wall time (median of 5, after one untimed run) and the process's CPU time per query (all of DuckDB's threads),
     * which a busy shared machine inflates less than wall time.
     */
    private static void time(Map<String, Object> figures, String name, Query query) throws Exception {
        double[] times = new double[5];
        query.run();
        long pid = ProcessHandle.current().pid();
        double cpu = ProcStats.cpuSeconds(pid);
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            query.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpuMillis = (ProcStats.cpuSeconds(pid) - cpu) * 1000 / times.length;
        Arrays.sort(times);
        figures.put(name + ", ms (median of 5)", Math.round(times[2] * 10) / 10.0);
        figures.put(name + ", CPU ms per query", Math.round(cpuMillis));
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
