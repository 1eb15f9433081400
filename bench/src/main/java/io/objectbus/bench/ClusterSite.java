// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site of simulated devices spread over the members of an Artemis cluster, ramped up step by step. At each step:
 * what every member holds (heap after GC, RSS), a late joiner's whole picture through the last member, a discovery
 * across members, a realistic rate (each device one value per {@value #SECONDS_PER_VALUE} s) and a flood, with each
 * member's CPU. Writes bench/results/{date}-cluster-site.md.
 *
 * <p>Arguments: members (3), total devices per step (10000,25000,50000,100000), member heap (-Xmx3g), flood values
 * per member (100000), real MQTT device connections per member (200), the result's name (cluster-site).
 */
public final class ClusterSite {

    static final int RESOURCES = 4;
    static final int SECONDS_PER_VALUE = 10;
    private static final int DESCRIBE_CHUNK = 2_000;
    private static final int DISCOVERY_ASKS = 2;

    private static Path resultFile;
    private static String resultName = "cluster-site";

    private final SiteCluster site;
    private final Subscriber live;
    private final int flood;
    private final int[] described;
    private final ClusterPhases phases;
    private long idleHeap;
    private Save save;

    private ClusterSite(SiteCluster site, Subscriber live, int flood, MqttDevices mqttDevices) {
        this.site = site;
        this.live = live;
        this.flood = flood;
        this.described = new int[site.size()];
        this.phases = new ClusterPhases(site, live, mqttDevices);
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] steps = args.length > 1
                ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 25_000, 50_000, 100_000};
        String heap = args.length > 2 ? args[2] : "-Xmx3g";
        int flood = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        resultName = args.length > 5 ? args[5] : resultName;
        Map<Integer, Map<String, Object>> figures = new LinkedHashMap<>();
        String load = "load average at the start " + SiteRun.loadAverage();
        try (SiteCluster site = SiteCluster.start(members, heap);
                Subscriber live = new Subscriber(site.members.get(0).port, "site-live");
                MqttDevices mqtt = MqttDevices.connect(site, connections)) {
            live.subscribe("ob/v1/+/+/+", MqttQos.AT_MOST_ONCE);
            ClusterSite run = new ClusterSite(site, live, flood, mqtt);
            Map<String, Object> idle = new LinkedHashMap<>();
            List<Long> heaps = site.heaps();
            run.idleHeap = heaps.stream().mapToLong(Long::longValue).max().orElse(0);
            idle.put("MQTT device connections, each member", connections);
            idle.put("heap MB (after GC), each member", SiteRun.megabytes(heaps));
            idle.put("rss MB, each member", SiteRun.megabytes(site.rss()));
            figures.put(0, idle);
            run.save = () -> ClusterSiteReport.write(resultFile(), members, heap, flood, load, figures);
            for (int devices : steps) {
                BenchMain.log("cluster site: " + devices + " devices on " + members + " members");
                Map<String, Object> step = new LinkedHashMap<>();
                figures.put(devices, step);
                run.step(devices, step);
            }
        }
        System.out.println("Wrote " + resultFile());
    }

    /** bench/results/{date}-cluster-site.md, or -2, -3 … after it for later runs of a day; chosen once a run. */
    private static Path resultFile() {
        if (resultFile == null) {
            Path results = Path.of("bench", "results");
            String name = LocalDate.now() + "-" + resultName;
            Path file = results.resolve(name + ".md");
            for (int n = 2; Files.exists(file); n++) {
                file = results.resolve(name + "-" + n + ".md");
            }
            resultFile = file;
        }
        return resultFile;
    }

    /** Measures a step into {@code f}, saving the result after each figure: a step cut short keeps what it got. */
    private void step(int devices, Map<String, Object> f) throws Exception {
        record(f, "devices on each member", SiteRun.list(shares(devices)));
        record(f, "load average at the step's start", SiteRun.loadAverage());
        int before = Arrays.stream(described).sum();
        double populate = populate(devices, f);
        record(f, "populate seconds (new devices described and one value each)", SiteRun.format(populate));
        record(f, "populate: new devices a second", SiteRun.format((devices - before) / populate));
        record(f, "populate: load average after", SiteRun.loadAverage());
        List<Long> heaps = site.heaps();
        record(f, "heap MB (after GC), each member", SiteRun.megabytes(heaps));
        record(f, "heap KB per site device above the idle member, each member", perDevice(heaps, devices));
        record(f, "rss MB, each member", SiteRun.megabytes(site.rss()));
        NodeProcess last = site.members.get(site.size() - 1);
        record(
                f,
                "late joiner on " + last.nodeId + ": seconds to every descriptor and value",
                SiteProbes.lateJoiner(last, (long) devices * (1 + RESOURCES)));
        record(f, "late joiner: load average after", SiteRun.loadAverage());
        NodeProcess asked = site.members.get(Math.min(1, site.size() - 1));
        for (int ask = 1; ask <= DISCOVERY_ASKS; ask++) {
            record(
                    f,
                    "$discover of all objects asked on " + asked.nodeId + ", ask " + ask + ": seconds",
                    SiteProbes.discovery(asked, devices) + ", load " + SiteRun.loadAverage());
        }
        recordAll(f, phases.idle());
        recordAll(f, phases.steady(shares(devices), devices));
        recordAll(f, phases.mqttDevices());
        recordAll(f, phases.flood(described, flood));
        record(f, "heap MB (after GC) after the flood, each member", SiteRun.megabytes(site.heaps()));
    }

    private void record(Map<String, Object> f, String measure, Object value) throws java.io.IOException {
        f.put(measure, value);
        save.run();
    }

    private void recordAll(Map<String, Object> f, Map<String, Object> measures) throws java.io.IOException {
        f.putAll(measures);
        save.run();
    }

    /** Writes the result file with every figure so far. */
    interface Save {
        void run() throws java.io.IOException;
    }

    private String perDevice(List<Long> heaps, int devices) {
        return heaps.stream()
                .map(h -> SiteRun.format((h - idleHeap) / 1024.0 / devices))
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    private List<Integer> shares(int devices) {
        List<Integer> shares = new ArrayList<>();
        for (int i = 0; i < site.size(); i++) {
            shares.add(site.share(devices, i));
        }
        return shares;
    }

    /** Describes each member's new devices, reports a value of each resource, waits until every member has all. */
    private double populate(int devices, Map<String, Object> f) throws Exception {
        long start = System.nanoTime();
        long[] fed = new long[site.size()];
        List<Integer> shares = shares(devices);
        for (int i = 0; i < site.size(); i++) {
            NodeProcess member = site.members.get(i);
            int share = shares.get(i);
            // In chunks, as an adapter describes a large network in parts: each command answers well within its wait.
            for (int from = described[i]; from < share; from += DESCRIBE_CHUNK) {
                int to = Math.min(share, from + DESCRIBE_CHUNK);
                member.command("devices", "{\"from\":" + from + ",\"to\":" + to + ",\"resources\":" + RESOURCES + "}");
            }
            described[i] = share;
            fed[i] = member.command("picture", "{}").get("fed").asLong() + (long) share * RESOURCES;
            ClusterPhases.feed(member, share, (long) share * RESOURCES, 0);
        }
        awaitPictures(devices, f, start);
        for (int i = 0; i < site.size(); i++) {
            long target = fed[i];
            NodeProcess member = site.members.get(i);
            while (member.command("picture", "{}").get("fed").asLong() < target) {
                Thread.sleep(100);
            }
        }
        live.awaitCurrentState(Duration.ofSeconds(2));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until every member's picture has the whole site, recording the progress each minute. */
    private void awaitPictures(int devices, Map<String, Object> f, long start) throws Exception {
        long deadline = start + (600L + devices / 20) * 1_000_000_000L;
        long nextRecord = System.nanoTime() + 60_000_000_000L;
        int least;
        while ((least = leastObjects()) < devices) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for every member's picture: " + site.pictures());
            }
            if (System.nanoTime() > nextRecord) {
                nextRecord += 60_000_000_000L;
                record(
                        f,
                        "populate: objects in the smallest member's picture (progress)",
                        least + " after " + Math.round((System.nanoTime() - start) / 1e9) + " s, load "
                                + SiteRun.loadAverage());
            }
            Thread.sleep(250);
        }
    }

    private int leastObjects() throws Exception {
        return site.pictures().stream()
                .mapToInt(p -> p.get("objects").asInt())
                .min()
                .orElse(0);
    }
}
