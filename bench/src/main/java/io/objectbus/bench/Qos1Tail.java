// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * QoS 1 latency alone, for A/B trials of journal and JVM settings: the 1,000-topic shape at 5,000 values/s with QoS 1
 * ({@link SiteShapes#passThrough}) on Mosquitto and on each node variant of BENCH_NODES, interleaved, repeated, each
 * figure printed with the load average, and the medians at the end; each repetition starts with the next system. No flood between the runs: a flood leaves the
 * node's heap full of garbage that the next run's collections pay for.
 *
 * <p>Arguments: repetitions (default 5), values per run (default 25,000).
 */
public final class Qos1Tail {

    private Qos1Tail() {}

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long values = args.length > 1 ? Long.parseLong(args[1]) : 25_000;
        List<ServerProcess> systems = new ArrayList<>();
        List<Measurement> runs = new ArrayList<>();
        try (ServerProcess mosquitto = ServerProcess.mosquitto()) {
            systems.add(mosquitto);
            try {
                for (NodeVariant variant : NodeVariant.fromEnvironment()) {
                    systems.add(NodeProcess.start(variant, "-Xmx1g", 0, false, false));
                }
                for (ServerProcess system : systems) {
                    SiteShapes.passThrough(system, "warm-up", 20_000, 5000, MqttQos.AT_LEAST_ONCE);
                }
                for (int rep = 1; rep <= repetitions; rep++) {
                    // Each repetition starts with another system: on a shared machine the load drifts within one.
                    List<ServerProcess> order = new ArrayList<>(systems);
                    java.util.Collections.rotate(order, -(rep - 1));
                    for (ServerProcess system : order) {
                        Measurement m = SiteShapes.passThrough(
                                system, RoundTwo.LATENCY_QOS1, values, 5000, MqttQos.AT_LEAST_ONCE);
                        runs.add(m);
                        System.out.printf(
                                Locale.ROOT,
                                "rep %d %-20s p50 %8.2f p99 %8.2f ms lost %d load %s%n",
                                rep,
                                system.name,
                                m.p50Millis(),
                                m.p99Millis(),
                                m.lost(),
                                RoundTwo.loadAverage());
                    }
                }
            } finally {
                for (ServerProcess node : systems.subList(1, systems.size())) {
                    node.close();
                }
            }
        }
        for (ServerProcess system : systems) {
            List<Measurement> mine =
                    runs.stream().filter(m -> m.system().equals(system.name)).toList();
            System.out.printf(
                    Locale.ROOT,
                    "median %-20s p50 %8.2f p99 %8.2f ms%n",
                    system.name,
                    median(mine, Measurement::p50Millis),
                    median(mine, Measurement::p99Millis));
        }
    }

    private static double median(List<Measurement> runs, java.util.function.ToDoubleFunction<Measurement> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
