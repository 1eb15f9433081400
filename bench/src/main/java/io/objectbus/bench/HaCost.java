// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * What a backup (Artemis replication) costs a member per QoS 1 message: a publisher's QoS 1 messages to a subscriber
 * with a persistent session (so each is stored), on a primary without its backup, then with its backup
 * synchronized. Acknowledgement latency one message at a time, rate with 100 in flight, the primary's CPU per message.
 * Usage: {@code bench/run --ha-cost [messages]}; writes bench/results/{date}-ha-cost.md.
 */
final class HaCost {

    private static final String TOPIC = "bench/ha/cost";

    private HaCost() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int primaryPort = ServerProcess.freePort();
        int primaryCluster = ServerProcess.freePort();
        int backupCluster = ServerProcess.freePort();
        NodeVariant standard = NodeVariant.standard();
        Map<String, String> env = new HashMap<>(standard.environment());
        env.put("BENCH_HA", "primary");
        NodeVariant primaryVariant = new NodeVariant(standard.name(), standard.javaHome(), standard.jvmOptions(), env);
        Map<String, Map<String, String>> figures = new LinkedHashMap<>();
        String load = SiteRun.loadAverage();
        try (NodeProcess primary = NodeProcess.member(
                primaryVariant, "-Xmx1g", primaryPort, "site-1", primaryCluster, "127.0.0.1:" + backupCluster)) {
            figures.put("without backup", measure(primary, messages));
            Process backup = startBackup(standard, primaryCluster, backupCluster);
            try {
                long start = System.nanoTime();
                while (!primary.command("replica", "{}").get("synchronized").asBoolean()) {
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(300) || !backup.isAlive()) {
                        throw new IllegalStateException("the backup did not synchronize");
                    }
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                BenchMain.log("backup synchronized after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                figures.put("with backup", measure(primary, messages));
            } finally {
                backup.destroy();
                backup.waitFor(30, TimeUnit.SECONDS);
            }
        }
        write(messages, load, figures);
    }

    private static Process startBackup(NodeVariant standard, int primaryCluster, int backupCluster) throws Exception {
        Map<String, String> env = new HashMap<>(standard.environment());
        env.put("BENCH_HA", "backup");
        Path data = Files.createTempDirectory("bench-backup");
        List<String> command = standard.java(
                "-Xmx1g",
                BenchNode.class.getName(),
                String.valueOf(ServerProcess.freePort()),
                data.toString(),
                "0",
                "no-journal-sync",
                "no-history",
                "site-1",
                String.valueOf(backupCluster),
                "127.0.0.1:" + primaryCluster);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("backup.out").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static Map<String, String> measure(NodeProcess primary, int messages) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        Mqtt5AsyncClient subscriber = client(primary.port, "ha-cost-subscriber");
        subscriber
                .connectWith()
                .cleanStart(false)
                .sessionExpiryInterval(3600)
                .send()
                .join();
        AtomicLong received = new AtomicLong();
        subscriber
                .subscribeWith()
                .topicFilter(TOPIC)
                .qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> received.incrementAndGet())
                .send()
                .join();
        Mqtt5AsyncClient publisher = client(primary.port, "ha-cost-publisher");
        publisher.connect().join();
        byte[] payload = "{\"v\":21.5,\"q\":\"good\",\"ts\":\"2026-12-04T12:00:00.000Z\"}".getBytes();
        Histogram acks = new Histogram(3);
        int oneByOne = Math.min(2_000, messages);
        for (int i = 0; i < oneByOne; i++) {
            long sent = System.nanoTime();
            publish(publisher, payload).join();
            acks.recordValue((System.nanoTime() - sent) / 1_000);
        }
        f.put("one at a time: PUBACK p50 / p99 ms (" + oneByOne + " messages)", ms(acks, 50) + " / " + ms(acks, 99));
        double cpuBefore = primary.cpuSeconds();
        Semaphore window = new Semaphore(100);
        long start = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            window.acquire();
            pending.add(publish(publisher, payload).whenComplete((ack, e) -> window.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = primary.cpuSeconds() - cpuBefore;
        f.put("100 in flight: acknowledged messages/s (" + messages + " messages)", SiteRun.format(messages / seconds));
        f.put("100 in flight: primary's CPU µs per message", SiteRun.format(cpu * 1e6 / messages));
        long expected = oneByOne + (long) messages;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (received.get() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        f.put("received by the subscriber", received.get() + " of " + expected);
        f.put("load average after", SiteRun.loadAverage());
        publisher.disconnect().join();
        subscriber.unsubscribeWith().topicFilter(TOPIC).send().join();
        subscriber.disconnect().join();
        return f;
    }

    private static Mqtt5AsyncClient client(int port, String id) {
        return Mqtt5Client.builder()
                .identifier(id)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
    }

    private static CompletableFuture<?> publish(Mqtt5AsyncClient publisher, byte[] payload) {
        return publisher
                .publishWith()
                .topic(TOPIC)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .send();
    }

    private static String ms(Histogram histogram, double percentile) {
        return SiteRun.format(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static void write(int messages, String load, Map<String, Map<String, String>> figures) throws Exception {
        StringBuilder md = new StringBuilder("# QoS 1 with and without a backup\n\n");
        md.append("Machine: 2 cores, Java ")
                .append(System.getProperty("java.version"))
                .append("; load average at the start ")
                .append(load)
                .append(". A primary member (bench node, -Xmx1g, journal-sync off as the node's default), its backup")
                .append(" in its own JVM on the same machine (replication over loopback); one publisher and one")
                .append(" persistent-session subscriber on the primary, QoS 1, ")
                .append(messages)
                .append(" messages with 100 in flight. Method: docs/scaling.md.\n\n");
        List<String> columns = List.copyOf(figures.keySet());
        md.append("| measure | ").append(String.join(" | ", columns)).append(" |\n|---|");
        columns.forEach(c -> md.append("---:|"));
        md.append('\n');
        for (String row : figures.get(columns.get(0)).keySet()) {
            md.append("| ").append(row).append(" |");
            for (String c : columns) {
                md.append(' ').append(figures.get(c).getOrDefault(row, "")).append(" |");
            }
            md.append('\n');
        }
        Path results = Path.of("bench", "results");
        Path file = results.resolve(LocalDate.now() + "-ha-cost.md");
        for (int n = 2; Files.exists(file); n++) {
            file = results.resolve(LocalDate.now() + "-ha-cost-" + n + ".md");
        }
        Files.writeString(file, md);
        System.out.println(md);
        System.out.println("Wrote " + file);
    }
}
