// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Floods through a broker with the load generator in processes of its own ({@link LoadPublisher}, {@link
 * LoadSubscriber}): lean clients, several subscriber connections sharing the topics, and a window on the values in
 * flight, so that the harness is not what limits the rate. Broker CPU is the broker process's alone, from /proc; the
 * clients' own CPU per value is kept beside it, to show how much of the machine the harness took.
 *
 * <p>BENCH_CLIENT=raw|hivemq (the client both sides use, default raw), BENCH_SUBSCRIBERS (subscriber connections,
 * a divisor of 1,000, default 1: on 2 cores more connections cost the broker and the readers more wake-ups for the same values (HarnessCheck)), BENCH_PUBLISHERS (publisher connections, default 1), BENCH_WINDOW (values in flight
 * at most, default 5,000).
 */
final class LoadGenerator {

    static final int TOPICS = 1000;
    private static final Map<String, List<Double>> CLIENT_COST = new LinkedHashMap<>();

    private LoadGenerator() {}

    static String client() {
        return setting("BENCH_CLIENT", "raw");
    }

    static int subscribers() {
        return Integer.parseInt(setting("BENCH_SUBSCRIBERS", "1"));
    }

    /** The bus topics: {@code TOPICS / subscribers} objects with a resource per subscriber, one subscriber each. */
    static String describeCommand() {
        return "{\"objects\":" + TOPICS / subscribers() + ",\"resources\":" + subscribers() + "}";
    }

    /** Device clients publish over 1,000 topics as fast as the window allows (or at a rate); the readers share them. */
    static Measurement passThrough(ServerProcess server, String scenario, long count, int rate) throws Exception {
        List<String> filters = new ArrayList<>();
        for (int k = 0; k < subscribers(); k++) {
            filters.add("bench/q/" + k + "/#");
        }
        String shape = "pass:bench/q/:" + TOPICS + ":" + subscribers();
        return run(server, server.name, scenario, filters, false, count, rate, shape);
    }

    /** The node's in-JVM adapter feeds 1,000 resources as fast as the bus takes them; the readers share them. */
    static Measurement bus(NodeProcess node, String scenario, long count) throws Exception {
        return run(node, node.name, scenario, busFilters(node), true, count, 0, null);
    }

    /** Raw device JSON into the node, through its normaliser route onto the bus, to the readers of the bus. */
    static Measurement rawNormalised(NodeProcess node, String scenario, long count) throws Exception {
        String shape = "raw:" + TOPICS / subscribers() + ":" + subscribers();
        return run(node, node.name, scenario, busFilters(node), true, count, 0, shape);
    }

    private static List<String> busFilters(NodeProcess node) {
        List<String> filters = new ArrayList<>();
        for (int k = 0; k < subscribers(); k++) {
            filters.add("ob/v1/" + node.nodeId + "/+/r" + k);
        }
        return filters;
    }

    /** @param shape the publisher's {@link LoadShape}, or null for the node's own feeder */
    private static Measurement run(
            ServerProcess server,
            String system,
            String scenario,
            List<String> filters,
            boolean picture,
            long count,
            int rate,
            String shape)
            throws Exception {
        Path counter = Files.createTempFile("bench-received", ".counter");
        Process sub = launch(
                LoadSubscriber.class,
                String.valueOf(server.port),
                client(),
                String.join(",", filters),
                String.valueOf(count),
                picture ? "picture" : "live",
                counter.toString());
        try {
            BufferedReader subOut = reader(sub);
            awaitLine(subOut, "READY");
            double cpu = server.cpuSeconds();
            double publisherCpu = 0;
            if (shape == null) {
                ((NodeProcess) server)
                        .command(
                                "feed",
                                "{\"objects\":" + TOPICS / subscribers() + ",\"resources\":" + subscribers()
                                        + ",\"count\":" + count + ",\"rate\":" + rate + "}");
            } else {
                publisherCpu = publish(server.port, count, rate, shape, counter);
            }
            String[] result = awaitLine(subOut, "RESULT").split(" ");
            double brokerCpu = server.cpuSeconds() - cpu;
            long received = Long.parseLong(result[1]);
            double clientCpu = Double.parseDouble(result[5]) + publisherCpu;
            BenchMain.log(String.format(
                    java.util.Locale.ROOT,
                    "%s on %s: publisher %.2f s, subscriber %s s of CPU for %d values",
                    scenario,
                    system,
                    publisherCpu,
                    result[5],
                    received));
            if (!scenario.equals("warm-up")) {
                CLIENT_COST
                        .computeIfAbsent(scenario + " — " + system, k -> new ArrayList<>())
                        .add(received == 0 ? 0 : clientCpu * 1e6 / received);
            }
            return new Measurement(
                    scenario,
                    system,
                    Double.parseDouble(result[2]),
                    Long.parseLong(result[3]) / 1000.0,
                    Long.parseLong(result[4]) / 1000.0,
                    received == 0 ? 0 : brokerCpu * 1e6 / received,
                    server.rssBytes() >> 20,
                    count - received);
        } finally {
            end(sub);
            Files.deleteIfExists(counter);
        }
    }

    /** Runs the publisher process to its end; returns the CPU seconds it used. */
    private static double publish(int port, long count, int rate, String shape, Path counter) throws Exception {
        Process pub = launch(
                LoadPublisher.class,
                String.valueOf(port),
                client(),
                setting("BENCH_PUBLISHERS", "1"),
                String.valueOf(count),
                String.valueOf(rate),
                shape,
                setting("BENCH_WINDOW", "5000"),
                counter.toString());
        try {
            return Double.parseDouble(awaitLine(reader(pub), "SENT").split(" ")[2]);
        } finally {
            end(pub);
        }
    }

    /** Medians of the clients' own CPU per value, for each scenario and system. */
    static Map<String, Object> clientCost() {
        Map<String, Object> figures = new LinkedHashMap<>();
        CLIENT_COST.forEach((key, values) -> figures.put(
                "clients' CPU µs per value (publisher + subscriber processes): " + key,
                values.stream().sorted().toList().get(values.size() / 2)));
        figures.put(
                "client, subscriber connections, publisher connections, window",
                client() + ", " + subscribers() + ", " + setting("BENCH_PUBLISHERS", "1") + ", "
                        + setting("BENCH_WINDOW", "5000"));
        return figures;
    }

    private static Process launch(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseParallelGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The first line that starts with {@code word}; other lines are the child's log, passed on. */
    private static String awaitLine(BufferedReader out, String word) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(word)) {
                return line;
            }
            System.err.println("load: " + line);
        }
        throw new IllegalStateException("a load generator process ended before " + word);
    }

    private static void end(Process process) throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A system property of that name (set by {@link HarnessCheck}) or else the environment's. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
