// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the load generator is the limit: the 1,000-topic flood through Mosquitto with each way of generating it,
 * interleaved and repeated — the round-two harness (one HiveMQ publisher and one subscriber in the driver's JVM), and
 * the processes of {@link LoadGenerator} with HiveMQ or the raw client and 1, 2 or 4 subscriber connections. Prints
 * delivered values/s, p50/p99, Mosquitto's CPU per value and the clients' own CPU per value, with medians.
 *
 * <p>Usage: {@code HarnessCheck [repetitions [values]]}.
 */
public final class HarnessCheck {

    private static final String[][] WAYS = {
        {"in-JVM HiveMQ, 1 sub", "", ""},
        {"hivemq", "hivemq", "2"},
        {"raw, 1 sub", "raw", "1"},
        {"raw, 2 subs", "raw", "2"},
        {"raw, 4 subs", "raw", "4"},
    };

    private HarnessCheck() {}

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long values = args.length > 1 ? Long.parseLong(args[1]) : 600_000;
        List<List<Measurement>> byWay = new ArrayList<>();
        for (int w = 0; w < WAYS.length; w++) {
            byWay.add(new ArrayList<>());
        }
        try (ServerProcess mosquitto = ServerProcess.mosquitto()) {
            for (int rep = 0; rep <= repetitions; rep++) { // the first round warms up and is not kept
                for (int w = 0; w < WAYS.length; w++) {
                    Measurement m = flood(mosquitto, WAYS[w], values);
                    System.out.printf(
                            Locale.ROOT,
                            "%s%s: %s, load %s%n",
                            rep == 0 ? "(warm-up) " : "",
                            WAYS[w][0],
                            m,
                            RoundTwo.loadAverage());
                    if (rep > 0) {
                        byWay.get(w).add(m);
                    }
                }
            }
        }
        System.out.println(LoadGenerator.clientCost());
        for (int w = 0; w < WAYS.length; w++) {
            List<Measurement> ms = byWay.get(w);
            System.out.printf(
                    Locale.ROOT,
                    "median %-22s values/s %8.0f  p50 %8.2f ms  p99 %8.2f ms  mosquitto µs/value %5.2f%n",
                    WAYS[w][0],
                    Report.median(ms, Measurement::rate),
                    Report.median(ms, Measurement::p50Millis),
                    Report.median(ms, Measurement::p99Millis),
                    Report.median(ms, Measurement::cpuMicrosPerValue));
        }
    }

    private static Measurement flood(ServerProcess mosquitto, String[] way, long values) throws Exception {
        if (way[1].isEmpty()) {
            return SiteShapes.passThrough(mosquitto, way[0], values, 0, MqttQos.AT_MOST_ONCE);
        }
        System.setProperty("BENCH_CLIENT", way[1]);
        System.setProperty("BENCH_SUBSCRIBERS", way[2]);
        return LoadGenerator.passThrough(mosquitto, way[0], values, 0);
    }
}
