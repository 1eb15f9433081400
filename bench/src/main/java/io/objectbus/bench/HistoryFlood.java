// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bus's flood throughput with history recorded and without, nodes started in turn in the same run so that the
 * ratio, not the absolute rate of a shared machine, is the figure; and how many of the flood's values the recorder
 * wrote (its queue and batches as the node's defaults) or had to drop.
 */
final class HistoryFlood {

    private HistoryFlood() {}

    static Map<String, Object> run(int repetitions, long flood) throws Exception {
        double[] off = new double[repetitions];
        double[] on = new double[repetitions];
        long recorded = 0;
        long dropped = 0;
        for (int rep = 0; rep < repetitions; rep++) {
            BenchMain.log("history flood, repetition " + (rep + 1));
            off[rep] = flood(false, flood).rate;
            Result with = flood(true, flood);
            on[rep] = with.rate;
            recorded += with.recorded;
            dropped += with.dropped;
        }
        double offRate = median(off);
        double onRate = median(on);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("bus flood, values/s, history off (median)", Math.round(offRate));
        figures.put("bus flood, values/s, history on (median)", Math.round(onRate));
        figures.put("ratio on/off", Math.round(onRate / offRate * 100) / 100.0);
        figures.put("values of the floods recorded", recorded);
        figures.put("values of the floods dropped (queue full)", dropped);
        figures.put("values/s recorded at the flood rate", Math.round(onRate * recorded / (recorded + dropped)));
        return figures;
    }

    /**
     * Builds of the node against each other, history on in all (BENCH_NODES: one variant a line, its BENCH_CLASSPATH
     * another build), in turn within each repetition, and the first without history once per repetition: the flood's
     * rate and the node's CPU per value, the recorder's writing to the drained queue included.
     */
    static Map<String, Object> compare(int repetitions, long flood, java.util.List<NodeVariant> variants)
            throws Exception {
        Map<String, double[]> rates = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        for (int rep = 0; rep < repetitions; rep++) {
            BenchMain.log("history builds compared, repetition " + (rep + 1));
            Result off = flood(variants.get(0), false, flood);
            rates.computeIfAbsent("without history", k -> new double[repetitions])[rep] = off.rate;
            cpu.computeIfAbsent("without history", k -> new double[repetitions])[rep] = off.cpuMicros;
            for (NodeVariant variant : variants) {
                Result on = flood(variant, true, flood);
                rates.computeIfAbsent(variant.name(), k -> new double[repetitions])[rep] = on.rate;
                cpu.computeIfAbsent(variant.name(), k -> new double[repetitions])[rep] = on.cpuMicros;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        rates.forEach((name, r) -> figures.put(
                name + ": flood values/s per repetition, median; node CPU µs a value, median",
                java.util.Arrays.toString(round(r)) + ", " + Math.round(median(r)) + "; "
                        + Math.round(median(cpu.get(name)) * 10) / 10.0));
        return figures;
    }

    private static long[] round(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private record Result(double rate, long recorded, long dropped, double cpuMicros) {}

    private static Result flood(boolean history, long count) throws Exception {
        return flood(NodeVariant.standard(), history, count);
    }

    private static Result flood(NodeVariant variant, boolean history, long count) throws Exception {
        try (NodeProcess node = NodeProcess.start(variant, "-Xmx1g", 0, false, history)) {
            node.command(
                    "describe", "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
            Throughput.bus(node, "warm-up", count / 2, 0, MqttQos.AT_MOST_ONCE);
            JsonNode before = drained(node);
            double cpu = node.cpuSeconds();
            Measurement m = Throughput.bus(node, Report.FLOOD, count, 0, MqttQos.AT_MOST_ONCE);
            JsonNode after = drained(node);
            return new Result(
                    m.rate(),
                    after.get("recorded").asLong() - before.get("recorded").asLong(),
                    after.get("dropped").asLong() - before.get("dropped").asLong(),
                    (node.cpuSeconds() - cpu) * 1e6 / count);
        }
    }

    /** The recorder's counters once its queue is empty and its last batch written (no count moves between looks). */
    private static JsonNode drained(NodeProcess node) throws Exception {
        JsonNode counters = node.command("history", "{}");
        for (int i = 0; i < 600; i++) {
            Thread.sleep(i == 0 ? 0 : 300);
            JsonNode again = node.command("history", "{}");
            if (again.get("waiting").asLong() == 0 && sameCounts(again, counters)) {
                return again;
            }
            counters = again;
        }
        return counters;
    }

    /** The counters alone: each answer also carries the number of the command it answers. */
    private static boolean sameCounts(JsonNode a, JsonNode b) {
        return a.get("recorded").equals(b.get("recorded")) && a.get("dropped").equals(b.get("dropped"));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
