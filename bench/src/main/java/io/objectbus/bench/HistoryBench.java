// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history's figures alone ({@code java … io.objectbus.bench.HistoryBench [--quick]}, with bench/run's class path):
 * the bus's flood with history on and off, and a day of 1,000 resources queried. BenchMain runs the same.
 */
public final class HistoryBench {

    private static final String FLOOD = "History: the bus's flood with every value recorded (DuckDB) and without";
    private static final String BUILDS = "History: builds of the recorder compared in the bus's flood";
    private static final String COMPACTION = "History: what the embedded store's compaction costs";
    private static final String DAY = "History: a day of 1,000 resources in the embedded store";

    private HistoryBench() {}

    /**
     * {@code [--quick] [flood|day|builds|compaction]}: both parts, or one; {@code builds} compares the builds BENCH_NODES names
     * ({@link HistoryFlood#compare}); {@code compaction}: {@link HistoryCompaction}.
     */
    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        if (options.contains("builds")) {
            figures.put(
                    BUILDS,
                    HistoryFlood.compare(
                            Integer.getInteger("bench.history.repetitions", 3),
                            Long.getLong("bench.history.flood", 300_000),
                            NodeVariant.fromEnvironment()));
        } else if (options.contains("compaction")) {
            // -Dbench.history.hours=<closed hours of 1,000 resources × 1 value/s to compact>
            figures.put(
                    COMPACTION,
                    HistoryCompaction.run(
                            Integer.getInteger("bench.history.hours", 3),
                            Integer.getInteger("bench.history.repetitions", 3),
                            Long.getLong("bench.history.flood", 200_000)));
        } else if (options.contains("flood")) {
            figures.put(FLOOD, flood(quick));
        } else if (options.contains("day")) {
            figures.put(DAY, day(quick));
        } else {
            figures = figures(quick);
        }
        figures.forEach((title, values) -> {
            System.out.println("## " + title);
            values.forEach((key, value) -> System.out.println("- " + key + ": " + value));
        });
    }

    static Map<String, Map<String, Object>> figures(boolean quick) throws Exception {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        figures.put(FLOOD, flood(quick));
        figures.put(DAY, day(quick));
        return figures;
    }

    private static Map<String, Object> flood(boolean quick) throws Exception {
        // -Dbench.history.flood=<values> for a shorter flood on a busy machine.
        return HistoryFlood.run(quick ? 1 : 3, Long.getLong("bench.history.flood", quick ? 200_000 : 500_000));
    }

    private static Map<String, Object> day(boolean quick) throws Exception {
        // -Dbench.history.spacings=<seconds,…> for other days: 10 is 8.64 million rows, 1 the 86.4 million.
        String spacings = System.getProperty("bench.history.spacings", quick ? "60" : "10,1");
        return HistoryDay.run(java.util.Arrays.stream(spacings.split(","))
                .mapToInt(s -> Integer.parseInt(s.trim()))
                .toArray());
    }
}
