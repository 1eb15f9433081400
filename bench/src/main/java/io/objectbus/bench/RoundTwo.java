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

    private RoundTwo() {}

    static void run(List<Measurement> runs, Map<String, Map<String, Object>> absolute, int repetitions, boolean quick)
            throws Exception {
        Map<String, Object> load = new LinkedHashMap<>();
        List<ServerProcess> systems = new ArrayList<>();
        try (ServerProcess mosquitto = ServerProcess.mosquitto()) {
            systems.add(mosquitto);
            try {
                for (NodeVariant variant : NodeVariant.fromEnvironment()) {
                    systems.add(NodeProcess.start(variant, "-Xmx1g", 0, false, false));
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
    }

    private static void warmUp(List<ServerProcess> systems, boolean quick) throws Exception {
        for (ServerProcess system : systems) {
            BenchMain.log("warming up " + system.name);
            SiteShapes.passThrough(system, "warm-up", quick ? 50_000 : 150_000, 0, MqttQos.AT_MOST_ONCE);
            SiteShapes.passThrough(system, "warm-up", 10_000, 10_000, MqttQos.AT_LEAST_ONCE);
            SiteShapes.fanOut(system, "warm-up", 500, 0);
        }
    }

    private static void repetition(List<Measurement> runs, List<ServerProcess> systems, boolean quick)
            throws Exception {
        long flood = quick ? 50_000 : 150_000;
        int paced = quick ? 10_000 : 25_000;
        for (ServerProcess s : systems) {
            Measurement measurement = SiteShapes.passThrough(s, FLOOD, flood, 0, MqttQos.AT_MOST_ONCE);
            // Each repetition's figure, beside the medians of the report: the spread says how far to trust them.
            BenchMain.log(measurement + ", load " + loadAverage());
            runs.add(measurement);
        }
        String only = System.getenv("BENCH_SHAPES"); // for A/B trials of one change at a time: flood, qos1
        if (only != null) {
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

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
