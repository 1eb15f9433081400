// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryStore;
import io.objectbus.history.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day of 1,000 resources in the embedded store (DuckDB), and queries of one resource's day in it. A day at one value
 * a second is 86.4 million rows, more than a shared benchmark machine writes in reasonable time; the store is filled
 * at coarser spacings instead (1,000 resources, a value every 40, 20 and 10 s: 2.16, 4.32 and 8.64 million rows), the
 * query times measured at each, and their growth with the rows of the day shows what 86.4 million would take. Values
 * are a room temperature's: a slow wave plus noise, at 0.1 resolution. Bytes per value: the file after DuckDB's
 * checkpoint, divided by its rows.
 */
final class HistoryDay {

    static final int RESOURCES = 1000;
    static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

    private HistoryDay() {}

    static Map<String, Object> run(int[] spacingsSeconds) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int spacing : spacingsSeconds) {
            Path dir = Files.createTempDirectory("bench-history");
            Path file = dir.resolve("history.duckdb");
            long rows = fill(file, spacing);
            String at = String.format(java.util.Locale.ROOT, "%,d rows (1 value/%d s)", rows, spacing);
            figures.put(at + ": bytes per value", Math.round(Files.size(file) * 10.0 / rows) / 10.0);
            try (HistoryStore store = DuckDbHistoryStore.open(file)) {
                time(
                        figures,
                        at + ": one resource's day, raw",
                        () -> store.raw("bench", "o-17", "temperature", DAY, DAY.plus(Duration.ofDays(1)), 1_000_000));
                time(
                        figures,
                        at + ": one resource's day per minute",
                        () -> store.aggregate(
                                "bench",
                                "o-17",
                                "temperature",
                                DAY,
                                DAY.plus(Duration.ofDays(1)),
                                Duration.ofMinutes(1)));
            }
            deleteTree(dir);
        }
        return figures;
    }

    /** Writes the day in time order, as a node records it, in the recorder's batches. */
    private static long fill(Path file, int spacing) throws Exception {
        BenchMain.log("history: a day of " + RESOURCES + " resources, a value every " + spacing + " s");
        long rows = 0;
        try (HistoryStore store = DuckDbHistoryStore.open(file)) {
            List<Sample> batch = new ArrayList<>(5000);
            java.util.Random noise = new java.util.Random(42);
            for (int second = 0; second < 86_400; second += spacing) {
                for (int r = 0; r < RESOURCES; r++) {
                    double wave = 21 + 2 * Math.sin((second + r * 97) * Math.PI / 43_200);
                    double value = Math.round((wave + noise.nextGaussian() * 0.1) * 10) / 10.0;
                    batch.add(
                            new Sample("bench", "o-" + r, "temperature", DAY.plusSeconds(second), value, null, "good"));
                    if (batch.size() == 5000) {
                        store.append(batch);
                        rows += batch.size();
                        batch.clear();
                    }
                }
            }
            store.append(batch);
            rows += batch.size();
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
