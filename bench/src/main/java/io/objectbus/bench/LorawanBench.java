// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.bench.jmh.LorawanBenchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LoRaWAN uplinks through the packet forwarder path to the bus ({@code java … io.objectbus.bench.LorawanBench
 * [--quick]}, with bench/run's class path; BenchMain runs the same): a simulated gateway sends real GWMP PUSH_DATA over
 * UDP on 127.0.0.1 to the node's lorawan-gateway adapter for a fleet of ABP devices; the node checks each MIC,
 * decrypts, decodes the Cayenne LPP payload and publishes; a subscriber counts the temperatures that arrive. Each
 * offered rate runs for a while; delivered uplinks/s are counted at the subscriber, loss is sent minus delivered.
 */
public final class LorawanBench {

    static final String TITLE = "LoRaWAN: uplinks through the packet forwarder path to the bus";
    private static final String NODE_HEAP = "-Xmx512m";

    private LorawanBench() {}

    /** {@code [--quick] [jmh]}: the uplinks through the node, then with jmh the LoRaWAN JMH benchmarks too. */
    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Map<String, Object> figures = figures(options.contains("--quick"));
        System.out.println("## " + TITLE);
        figures.forEach((key, value) -> System.out.println("- " + key + ": " + value));
        if (options.contains("jmh")) {
            String load = loadAverage();
            Map<String, Double> nanos = Jmh.run(LorawanBenchmarks.class);
            System.out.println(
                    "## JMH, ns per operation (load average before " + load + ", after " + loadAverage() + ")");
            nanos.forEach((name, ns) -> System.out.printf(Locale.ROOT, "- %s: %.0f%n", name, ns));
        }
    }

    /**
     * Offered rates from -Dbench.lorawan.rates (uplinks/s, comma-separated, in that order; a rate may repeat), each
     * for -Dbench.lorawan.seconds, over -Dbench.lorawan.devices devices.
     */
    static Map<String, Object> figures(boolean quick) throws Exception {
        int devices = Integer.getInteger("bench.lorawan.devices", quick ? 200 : 1000);
        int seconds = Integer.getInteger("bench.lorawan.seconds", quick ? 5 : 20);
        String rates = System.getProperty("bench.lorawan.rates", quick ? "5000" : "5000,7500,10000");
        LorawanFleet fleet = new LorawanFleet(devices);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("devices", devices);
        try (LorawanNode node = LorawanNode.start(NODE_HEAP, fleet);
                LorawanGateway gateway = new LorawanGateway(node.udpPort);
                UplinkCounter counter = new UplinkCounter(node.port)) {
            gateway.send(LorawanFleet.pullData());
            warmUp(fleet, gateway, counter, quick ? 5 : 20);
            int best = 0;
            String[] offered = rates.split(",");
            for (int i = 0; i < offered.length; i++) {
                int perSecond = Integer.parseInt(offered[i].strip());
                Map<String, Object> run = offer(fleet, gateway, counter, node, perSecond, perSecond * seconds);
                String label = runLabel(i + 1, perSecond, seconds);
                run.forEach((key, value) -> figures.put(label + key, value));
                if ((double) run.get("loss %") <= 0.1 && (long) run.get("delivered/s") >= perSecond * 0.95) {
                    best = Math.max(best, perSecond);
                }
            }
            figures.put("highest offered rate delivered as offered (≥ 95 %, ≤ 0.1 % loss), uplinks/s", best);
        }
        return figures;
    }

    /**
     * The figures' key prefix of one offered rate: numbered in the order the rates ran, so that a rate offered twice
     * (-Dbench.lorawan.rates=5000,5000) prints both runs instead of the second overwriting the first.
     */
    static String runLabel(int run, int perSecond, int seconds) {
        return String.format(Locale.ROOT, "run %d, offered %,d/s for %d s: ", run, perSecond, seconds);
    }

    /** Each device's first uplinks describe its object; then the JIT has compiled the path. */
    private static void warmUp(LorawanFleet fleet, LorawanGateway gateway, UplinkCounter counter, int perDevice)
            throws Exception {
        BenchMain.log("LoRaWAN warm-up");
        int count = fleet.size() * perDevice;
        counter.expect(count);
        gateway.sendAt(fleet.nextUplinks(count), 2000);
        counter.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(120));
        counter.awaitCurrentState(Duration.ofSeconds(2));
    }

    private static Map<String, Object> offer(
            LorawanFleet fleet,
            LorawanGateway gateway,
            UplinkCounter counter,
            LorawanNode node,
            int perSecond,
            int count)
            throws Exception {
        BenchMain.log(String.format(Locale.ROOT, "LoRaWAN %,d uplinks at %,d/s", count, perSecond));
        byte[][] uplinks = fleet.nextUplinks(count);
        String loadBefore = loadAverage();
        long acksBefore = gateway.acks();
        double cpuBefore = node.cpuSeconds();
        counter.expect(count);
        long start = System.nanoTime();
        gateway.sendAt(uplinks, perSecond);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long delivered = counter.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(120));
        double cpu = node.cpuSeconds() - cpuBefore;
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("sent/s", Math.round(count / sendSeconds));
        run.put("delivered/s", Math.round(counter.rate()));
        run.put("delivered", delivered);
        run.put("acknowledged (PUSH_ACK)", gateway.acks() - acksBefore);
        run.put("loss %", Math.round(10_000.0 * (count - delivered) / count) / 100.0);
        run.put("node CPU µs per uplink", Math.round(cpu * 1e6 / Math.max(1, delivered)));
        run.put("load average before", loadBefore);
        run.put("load average after", loadAverage());
        return run;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, and the figures move with its load. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
