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

    private record Result(double rate, long recorded, long dropped) {}

    private static Result flood(boolean history, long count) throws Exception {
        try (NodeProcess node = NodeProcess.start("-Xmx1g", 0, false, history)) {
            node.command(
                    "describe", "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
            Throughput.bus(node, "warm-up", count / 2, 0, MqttQos.AT_MOST_ONCE);
            JsonNode before = drained(node);
            Measurement m = Throughput.bus(node, Report.FLOOD, count, 0, MqttQos.AT_MOST_ONCE);
            JsonNode after = drained(node);
            return new Result(
                    m.rate(),
                    after.get("recorded").asLong() - before.get("recorded").asLong(),
                    after.get("dropped").asLong() - before.get("dropped").asLong());
        }
    }

    /** The recorder's counters once its queue is empty. */
    private static JsonNode drained(NodeProcess node) throws Exception {
        JsonNode counters = node.command("history", "{}");
        for (int i = 0; i < 600 && counters.get("waiting").asLong() > 0; i++) {
            Thread.sleep(100);
            counters = node.command("history", "{}");
        }
        return counters;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
