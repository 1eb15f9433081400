// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the whole suite: Mosquitto as the reference and the ObjectBus node, interleaved, repeated, then the scale and
 * start-up scenarios and the JMH benchmarks; writes bench/results/{date}.md and .png.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int repetitions = quick ? 1 : 3;
        long flood = quick ? 200_000 : 500_000;
        List<Measurement> runs = new ArrayList<>();
        Map<String, Map<String, Object>> absolute = new LinkedHashMap<>();
        boolean shapesOnly = List.of(args).contains("--site-shapes");
        if (List.of(args).contains("--no-regress")) {
            absolute.put(Regressions.TITLE, Regressions.run(runs, repetitions, quick));
            write(runs, absolute, Map.of(), "-no-regress");
            return;
        }
        RoundTwo.run(runs, absolute, repetitions, quick);
        if (!shapesOnly) {
            all(runs, absolute, repetitions, flood, quick);
        }
        write(runs, absolute, quick || shapesOnly ? Map.of() : Jmh.run(), "");
    }

    private static void write(
            List<Measurement> runs, Map<String, Map<String, Object>> absolute, Map<String, Double> jmh, String suffix)
            throws java.io.IOException {
        Path results = Path.of("bench", "results");
        String name = resultName(results, suffix);
        new Report(runs, absolute, jmh).write(results.resolve(name + ".md"), results.resolve(name + ".png"));
        System.out.println("Wrote " + results.resolve(name + ".md"));
    }

    /** The scenarios of the first round: the bus paths, scale, start and history. */
    private static void all(
            List<Measurement> runs,
            Map<String, Map<String, Object>> absolute,
            int repetitions,
            long flood,
            boolean quick)
            throws Exception {
        throughputAndLatency(runs, repetitions, flood, quick);
        qos1Latency(runs, repetitions);
        int connections = quick ? 2000 : 10_000;
        int objects = quick ? 5000 : 50_000;
        absolute.put(
                String.format(Locale.ROOT, "%,d idle connections, one subscription each (node -Xmx1g)", connections),
                connections(connections));
        absolute.put(
                String.format(Locale.ROOT, "Site of %,d objects / %,d resources (node -Xmx1g)", objects, objects * 5),
                site(objects));
        absolute.put("Cold start of the node with its simulated site", coldStart(quick ? 1 : 3));
        absolute.putAll(HistoryBench.figures(quick));
        absolute.put(LorawanBench.TITLE, LorawanBench.figures(quick));
    }

    private static void throughputAndLatency(List<Measurement> runs, int repetitions, long flood, boolean quick)
            throws Exception {
        try (ServerProcess mosquitto = ServerProcess.mosquitto();
                NodeProcess node = NodeProcess.start("-Xmx1g", 0)) {
            node.command(
                    "describe", "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
            log("warming up");
            Throughput.bus(node, "warm-up", quick ? 200_000 : 1_000_000, 0, MqttQos.AT_MOST_ONCE);
            Throughput.passThrough(mosquitto, "warm-up", 200_000, 0, MqttQos.AT_MOST_ONCE);
            Throughput.rawNormalised(node, 100_000);
            for (int rep = 1; rep <= repetitions; rep++) {
                log("repetition " + rep);
                runs.add(Throughput.passThrough(mosquitto, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE));
                runs.add(Throughput.passThrough(node, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE));
                runs.add(Throughput.bus(node, Report.FLOOD, flood, 0, MqttQos.AT_MOST_ONCE));
                runs.add(Throughput.rawNormalised(node, flood / 2));
                runs.add(Throughput.passThrough(mosquitto, Report.LATENCY, 50_000, 5000, MqttQos.AT_MOST_ONCE));
                runs.add(Throughput.bus(node, Report.LATENCY, 50_000, 5000, MqttQos.AT_MOST_ONCE));
            }
        }
    }

    static void qos1Latency(List<Measurement> runs, int repetitions) throws Exception {
        try (ServerProcess mosquitto = ServerProcess.mosquitto();
                NodeProcess node = NodeProcess.start("-Xmx1g", 1);
                NodeProcess synced = NodeProcess.start("-Xmx1g", 1, true)) {
            for (NodeProcess n : List.of(node, synced)) {
                n.command(
                        "describe",
                        "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
                Throughput.bus(n, "warm-up", 100_000, 10_000, MqttQos.AT_LEAST_ONCE);
            }
            for (int rep = 1; rep <= repetitions; rep++) {
                log("QoS 1 repetition " + rep);
                runs.add(Throughput.passThrough(mosquitto, Report.LATENCY_QOS1, 50_000, 5000, MqttQos.AT_LEAST_ONCE));
                runs.add(Throughput.bus(node, Report.LATENCY_QOS1, 50_000, 5000, MqttQos.AT_LEAST_ONCE));
                runs.add(Throughput.bus(synced, Report.LATENCY_QOS1, 50_000, 5000, MqttQos.AT_LEAST_ONCE)
                        .as(Report.JOURNAL_SYNC));
            }
        }
    }

    static Map<String, Object> connections(int count) throws Exception {
        log(count + " connections");
        try (NodeProcess node = NodeProcess.start("-Xmx1g", 0)) {
            return Scale.connections(node, count);
        }
    }

    static Map<String, Object> site(int objects) throws Exception {
        log(objects + " objects");
        try (NodeProcess node = NodeProcess.start("-Xmx1g", 0)) {
            return Scale.site(node, objects, 5);
        }
    }

    static Map<String, Object> coldStart(int repetitions) throws Exception {
        log("cold start");
        List<Map<String, Object>> starts = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            starts.add(ColdStart.run(new ColdStart.Mqtt5Finder()));
        }
        return Report.medianOf(starts);
    }

    /** The date, and a number after it for the second and later runs of a day, which keep the earlier ones. */
    private static String resultName(Path results, String suffix) {
        String date = LocalDate.now() + suffix;
        String name = date;
        for (int n = 2; java.nio.file.Files.exists(results.resolve(name + ".md")); n++) {
            name = date + "-" + n;
        }
        return name;
    }

    static void log(String text) {
        System.err.println("bench: " + text);
    }
}
