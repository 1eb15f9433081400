// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site shapes ({@link SiteShapes}) on Mosquitto and on each node variant ({@link NodeVariant}), interleaved
 * scenario by scenario, repeated; the load average of the machine is noted at every repetition.
 */
final class RoundTwo {

    static final String FLOOD = "1,000 topics, flood, QoS 0";
    static final String LATENCY = "1,000 topics, 5,000/s, QoS 0";
    static final String LATENCY_QOS1 = "1,000 topics, 5,000/s, QoS 1";
    static final String FAN_FLOOD = "fan-out to 100, flood";
    static final String FAN_PACED = "fan-out to 100, 500 values/s";
    static final String DEVICES = "1,000 devices × 10/s → 10 subscribers";
    static final String BUS = "adapter → bus → subscriber, flood";
    static final String RAW_BUS = "raw JSON → normaliser → bus, flood";

    private RoundTwo() {}

    static void run(List<Measurement> runs, Map<String, Map<String, Object>> absolute, int repetitions, boolean quick)
            throws Exception {
        Map<String, Object> load = new LinkedHashMap<>();
        List<ServerProcess> systems = new ArrayList<>();
        try (ServerProcess mosquitto = ServerProcess.mosquitto()) {
            systems.add(mosquitto);
            try {
                for (NodeVariant variant : NodeVariant.fromEnvironment()) {
                    NodeProcess node = NodeProcess.start(variant, "-Xmx1g", 0, false, false);
                    systems.add(node);
                    node.command("describe", LoadGenerator.describeCommand());
                }
                warmUp(systems, quick);
                for (int rep = 1; rep <= repetitions; rep++) {
                    load.put("load average before repetition " + rep, loadAverage());
                    BenchMain.log("site shapes, repetition " + rep + ", load " + loadAverage());
                    repetition(runs, systems, quick);
                }
                load.put("load average at the end", loadAverage());
            } finally {
                for (ServerProcess node : systems.subList(1, systems.size())) {
                    node.close();
                }
            }
        }
        absolute.put("Machine load during the site shapes (1, 5, 15 minutes)", load);
        absolute.put(
                "The load generator (processes of its own; median per scenario and system)",
                LoadGenerator.clientCost());
    }

    private static void warmUp(List<ServerProcess> systems, boolean quick) throws Exception {
        for (ServerProcess system : systems) {
            BenchMain.log("warming up " + system.name);
            LoadGenerator.passThrough(system, "warm-up", quick ? 100_000 : 300_000, 0);
            if (system instanceof NodeProcess node) {
                LoadGenerator.bus(node, "warm-up", quick ? 100_000 : 300_000);
                LoadGenerator.rawNormalised(node, "warm-up", 100_000);
            }
            SiteShapes.passThrough(system, "warm-up", 10_000, 10_000, MqttQos.AT_LEAST_ONCE);
            SiteShapes.fanOut(system, "warm-up", 500, 0);
        }
    }

    private static void repetition(List<Measurement> runs, List<ServerProcess> systems, boolean quick)
            throws Exception {
        // BENCH_FLOOD: values per flood (a shorter run on a loaded machine; the rate is taken between 10 % and 90 %).
        String values = System.getenv("BENCH_FLOOD");
        long flood = values != null ? Long.parseLong(values.strip()) : quick ? 200_000 : 600_000;
        int paced = quick ? 10_000 : 25_000;
        for (ServerProcess s : systems) {
            logged(runs, LoadGenerator.passThrough(s, FLOOD, flood, 0));
        }
        String only = System.getenv("BENCH_SHAPES"); // for A/B trials: flood (always), bus, qos0, qos1
        if (only == null || only.contains("bus")) {
            busPaths(runs, systems, flood);
        }
        if (only != null) {
            if (only.contains("qos0")) {
                for (ServerProcess s : systems) {
                    runs.add(SiteShapes.passThrough(s, LATENCY, paced, 5000, MqttQos.AT_MOST_ONCE));
                }
            }
            if (only.contains("qos1")) {
                for (ServerProcess s : systems) {
                    runs.add(SiteShapes.passThrough(s, LATENCY_QOS1, paced, 5000, MqttQos.AT_LEAST_ONCE));
                }
            }
            return;
        }
        for (ServerProcess s : systems) {
            runs.add(SiteShapes.passThrough(s, LATENCY, paced, 5000, MqttQos.AT_MOST_ONCE));
        }
        for (ServerProcess s : systems) {
            runs.add(SiteShapes.passThrough(s, LATENCY_QOS1, paced, 5000, MqttQos.AT_LEAST_ONCE));
        }
        for (ServerProcess s : systems) {
            runs.add(SiteShapes.fanOut(s, FAN_FLOOD, quick ? 1_000 : 1_500, 0));
        }
        for (ServerProcess s : systems) {
            runs.add(SiteShapes.fanOut(s, FAN_PACED, 2_500, 500));
        }
        for (ServerProcess s : systems) {
            runs.add(SiteShapes.devices(s, DEVICES, 5));
        }
    }

    /** The round-one paths through the bus, on each node: the adapter's values and raw JSON through a normaliser. */
    private static void busPaths(List<Measurement> runs, List<ServerProcess> systems, long flood) throws Exception {
        for (ServerProcess s : systems) {
            if (s instanceof NodeProcess node) {
                logged(runs, LoadGenerator.bus(node, BUS, flood));
                logged(runs, LoadGenerator.rawNormalised(node, RAW_BUS, flood / 2));
            }
        }
    }

    /** Each repetition's figure is logged beside the report's medians: the spread says how far to trust them. */
    private static void logged(List<Measurement> runs, Measurement measurement) {
        BenchMain.log(measurement + ", load " + loadAverage());
        runs.add(measurement);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
