// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the embedded store's compaction costs a gateway: the CPU seconds per compacted hour of 1,000 resources at one
 * value a second (3.6 million rows, filled as {@link HistoryDay} fills its day, compacted by the store's own {@code
 * compact}, in this process: all of DuckDB's threads counted), and the bus's flood rate in a bench node with history
 * on while its store compacts such hours, against the same node's flood while it does not, the order alternating.
 */
final class HistoryCompaction {

    /** The closed hours a bench node with history finds in its store at its start (BENCH_HISTORY_HOURS). */
    private static final String HOURS = "BENCH_HISTORY_HOURS";

    private HistoryCompaction() {}

    static Map<String, Object> run(int hours, int repetitions, long flood) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("load average before", RoundTwo.loadAverage());
        cost(figures, hours);
        duringFlood(figures, hours, repetitions, flood);
        figures.put("load average after", RoundTwo.loadAverage());
        return figures;
    }

    private static void cost(Map<String, Object> figures, int hours) throws Exception {
        Path dir = Files.createTempDirectory("bench-compaction");
        Path file = dir.resolve("history.duckdb");
        HistoryDay.fill(file, 1, hours * 3600);
        try (HistoryStore store = DuckDbHistoryStore.open(file)) {
            long pid = ProcessHandle.current().pid();
            double cpu = ProcStats.cpuSeconds(pid);
            long start = System.nanoTime();
            long moved = store.compact(HistoryDay.DAY.plus(Duration.ofHours(hours)));
            figures.put("hours of 1,000 resources × 1 value/s compacted", hours);
            figures.put("values compacted", moved);
            figures.put("compaction, CPU s per hour", round((ProcStats.cpuSeconds(pid) - cpu) / hours));
            figures.put("compaction, wall s per hour", round((System.nanoTime() - start) / 1e9 / hours));
        }
    }

    private static void duringFlood(Map<String, Object> figures, int hours, int repetitions, long flood)
            throws Exception {
        double[] quiet = new double[repetitions];
        double[] compacting = new double[repetitions];
        StringBuilder walls = new StringBuilder();
        NodeVariant standard = NodeVariant.standard();
        NodeVariant variant = new NodeVariant(
                standard.name(), standard.javaHome(), standard.jvmOptions(), Map.of(HOURS, String.valueOf(hours)));
        for (int rep = 0; rep < repetitions; rep++) {
            BenchMain.log("history compaction during the flood, repetition " + (rep + 1));
            try (NodeProcess node = NodeProcess.start(variant, "-Xmx1g", 0, false, true)) {
                node.command(
                        "describe",
                        "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
                Throughput.bus(node, "warm-up", flood / 2, 0, MqttQos.AT_MOST_ONCE);
                boolean compactingFirst = rep % 2 == 1;
                if (!compactingFirst) {
                    quiet[rep] = Throughput.bus(node, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE)
                            .rate();
                }
                node.command("compact", "{}");
                compacting[rep] = Throughput.bus(node, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE)
                        .rate();
                JsonNode done = compacted(node);
                walls.append(walls.isEmpty() ? "" : ", ")
                        .append(done.get("seconds").asDouble());
                if (compactingFirst) {
                    quiet[rep] = Throughput.bus(node, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE)
                            .rate();
                }
            }
        }
        figures.put("flood values/s without compaction, per repetition", Arrays.toString(rounded(quiet)));
        figures.put("flood values/s while compacting, per repetition", Arrays.toString(rounded(compacting)));
        figures.put("ratio while compacting / without (medians)", round(median(compacting) / median(quiet)));
        figures.put("compaction in the node, wall s (all its hours)", walls.toString());
    }

    /** Waits for the node's compaction to end. */
    private static JsonNode compacted(NodeProcess node) throws Exception {
        JsonNode status = node.command("compaction", "{}");
        for (int i = 0; i < 3000 && status.get("running").asBoolean(); i++) {
            Thread.sleep(200);
            status = node.command("compaction", "{}");
        }
        return status;
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** In the bench node: its store, filled with BENCH_HISTORY_HOURS closed hours, and their compaction on command. */
    static final class Run {
        private final HistoryStore store;
        private final int hours;
        private volatile Thread thread;
        private volatile long moved;
        private volatile double seconds;

        private Run(HistoryStore store, int hours) {
            this.store = store;
            this.hours = hours;
        }

        static Run filled(Path file) throws Exception {
            int hours = Integer.parseInt(System.getenv().getOrDefault(HOURS, "0"));
            if (hours > 0) {
                HistoryDay.fill(file, 1, hours * 3600);
            }
            return new Run(DuckDbHistoryStore.open(file), hours);
        }

        HistoryStore store() {
            return store;
        }

        /** Compacts the filled hours on a thread of its own, as the node's maintenance does. */
        String start() {
            Instant before = HistoryDay.DAY.plus(Duration.ofHours(hours));
            thread = new Thread(
                    () -> {
                        long begin = System.nanoTime();
                        try {
                            moved = store.compact(before);
                        } catch (Exception e) {
                            BenchMain.log("compaction failed: " + e);
                        }
                        seconds = Math.round((System.nanoTime() - begin) / 1e8) / 10.0;
                    },
                    "bench-compaction");
            thread.start();
            return "{\"started\":true}";
        }

        String status() {
            Thread running = thread;
            return "{\"running\":" + (running != null && running.isAlive()) + ",\"moved\":" + moved + ",\"seconds\":"
                    + seconds + "}";
        }
    }
}
