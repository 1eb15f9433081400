// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Members of one Artemis cluster, each a bench node in its own JVM with its own node id ({@code site-1} …), on
 * loopback ports picked by the kernel; with one member, a node on its own for comparison.
 */
final class SiteCluster implements AutoCloseable {

    final List<NodeProcess> members = new ArrayList<>();

    private SiteCluster() {}

    static SiteCluster start(int count, String heap) throws Exception {
        List<Integer> mqtt = new ArrayList<>();
        List<Integer> cluster = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mqtt.add(ServerProcess.freePort());
            cluster.add(ServerProcess.freePort());
        }
        SiteCluster site = new SiteCluster();
        try {
            for (int i = 0; i < count; i++) {
                site.members.add(
                        count == 1
                                ? NodeProcess.member(heap, mqtt.get(i), node(i), 0, "")
                                : NodeProcess.member(heap, mqtt.get(i), node(i), cluster.get(i), others(cluster, i)));
            }
            site.await("the cluster to form", p -> p.get("members").asInt() >= count - 1, 180);
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
        return site;
    }

    static String node(int i) {
        return "site-" + (i + 1);
    }

    private static String others(List<Integer> cluster, int i) {
        return IntStream.range(0, cluster.size())
                .filter(j -> j != i)
                .mapToObj(j -> "127.0.0.1:" + cluster.get(j))
                .collect(Collectors.joining(","));
    }

    int size() {
        return members.size();
    }

    /** The share of {@code devices} that member {@code i} runs; the shares add up to {@code devices}. */
    int share(int devices, int i) {
        return (int) ((long) devices * (i + 1) / size() - (long) devices * i / size());
    }

    List<JsonNode> pictures() throws Exception {
        List<JsonNode> pictures = new ArrayList<>();
        for (NodeProcess member : members) {
            pictures.add(member.command("picture", "{}"));
        }
        return pictures;
    }

    /** Waits until every member's picture satisfies the condition; returns the seconds it took. */
    double await(String what, Predicate<JsonNode> condition, int limitSeconds) throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (!pictures().stream().allMatch(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + ": " + pictures());
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each member's heap after GC, in bytes. */
    List<Long> heaps() throws Exception {
        List<Long> heaps = new ArrayList<>();
        for (NodeProcess member : members) {
            heaps.add(member.heapUsed());
        }
        return heaps;
    }

    List<Long> rss() {
        return members.stream().map(NodeProcess::rssBytes).toList();
    }

    List<Double> cpuSeconds() {
        return members.stream().map(NodeProcess::cpuSeconds).toList();
    }

    @Override
    public void close() {
        // SIGTERM to all, then wait for each.
        members.parallelStream().forEach(member -> {
            try {
                member.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
