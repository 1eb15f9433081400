// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One phase of values through a cluster: each member's CPU from its start, and while it runs, sampled once a second,
 * the most each member held in its broker's addresses (the cluster's store-and-forward queues among them) and its
 * largest RSS.
 */
final class SiteRun {

    private final SiteCluster site;
    private final List<Double> cpuAtStart;
    private final long start = System.nanoTime();
    private final long[] maxQueued;
    private final long[] maxRss;
    private volatile boolean sampling = true;
    private Thread sampler;

    private SiteRun(SiteCluster site) {
        this.site = site;
        this.cpuAtStart = site.cpuSeconds();
        this.maxQueued = new long[site.size()];
        this.maxRss = new long[site.size()];
    }

    static SiteRun start(SiteCluster site) {
        return new SiteRun(site);
    }

    /** Samples in the background until {@link #figures} is called. */
    void sample() {
        sampler = new Thread(this::sampleEachSecond, "site-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sampleEachSecond() {
        while (sampling) {
            try {
                List<JsonNode> pictures = site.pictures();
                List<Long> rss = site.rss();
                for (int i = 0; i < site.size(); i++) {
                    maxQueued[i] = Math.max(
                            maxQueued[i], pictures.get(i).get("queuedBytes").asLong());
                    maxRss[i] = Math.max(maxRss[i], rss.get(i));
                }
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                BenchMain.log("sampling failed: " + e);
            }
        }
    }

    /** What the phase's live subscriber received of {@code offered} values, and what it cost each member. */
    Map<String, Object> figures(String phase, Subscriber live, long offered) throws InterruptedException {
        sampling = false;
        if (sampler != null) {
            sampler.join(TimeUnit.SECONDS.toMillis(150));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long received = live.received();
        List<Double> cpu = site.cpuSeconds();
        var latency = live.latencyMicros();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(phase + ": values offered", offered);
        f.put(phase + ": values/s delivered to a subscriber of all", Math.round(live.rate()));
        f.put(phase + ": lost", offered - received);
        f.put(
                phase + ": p50 / p99 ms",
                format(latency.getValueAtPercentile(50) / 1000.0) + " / "
                        + format(latency.getValueAtPercentile(99) / 1000.0));
        StringBuilder perValue = new StringBuilder();
        StringBuilder busy = new StringBuilder();
        for (int i = 0; i < site.size(); i++) {
            double used = cpu.get(i) - cpuAtStart.get(i);
            perValue.append(i == 0 ? "" : " / ").append(format(received == 0 ? 0 : used * 1e6 / received));
            busy.append(i == 0 ? "" : " / ").append(Math.round(used * 100 / seconds));
        }
        f.put(phase + ": CPU µs per site value, each member", perValue.toString());
        f.put(phase + ": CPU % of one core, each member", busy.toString());
        if (sampler != null) {
            f.put(phase + ": most MB held in broker addresses, each member", megabytes(maxQueued));
            f.put(phase + ": largest rss MB, each member", megabytes(maxRss));
        }
        f.put(phase + ": load average after", loadAverage());
        return f;
    }

    static String megabytes(List<Long> bytes) {
        return bytes.stream().map(b -> String.valueOf(b >> 20)).collect(Collectors.joining(" / "));
    }

    static String megabytes(long[] bytes) {
        return megabytes(java.util.Arrays.stream(bytes).boxed().toList());
    }

    static String list(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" / "));
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The machine's load average over the last minute, as Linux reports it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
