// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The cluster site's figures as a Markdown table: a row per measure, a column per step of the ramp. */
final class ClusterSiteReport {

    private ClusterSiteReport() {}

    static void write(
            Path file, int members, String heap, int flood, String load, Map<Integer, Map<String, Object>> figures)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Cluster site, ")
                .append(members)
                .append(members == 1 ? " node" : " members")
                .append("\n\n");
        md.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append("; ")
                .append(load)
                .append(". Each member a bench node in its own JVM (")
                .append(heap)
                .append("), devices of ")
                .append(ClusterSite.RESOURCES)
                .append(" resources, a live subscriber of all values on site-1, flood ")
                .append(flood)
                .append(" values per member, Artemis id-cache-size ")
                .append(System.getenv()
                        .getOrDefault("BENCH_ID_CACHE", "1000 (the node's setting, ClusterConfiguration)"))
                .append(". Method: docs/scaling.md, capacity model.\n\n");
        Set<String> measures = new LinkedHashSet<>();
        figures.values().forEach(f -> measures.addAll(f.keySet()));
        md.append("| measure |");
        figures.keySet().forEach(d -> md.append(d == 0 ? " idle |" : " " + d + " devices |"));
        md.append("\n|---|");
        figures.keySet().forEach(d -> md.append("---:|"));
        md.append('\n');
        for (String measure : measures) {
            md.append("| ").append(measure).append(" |");
            for (Map<String, Object> f : figures.values()) {
                Object value = f.get(measure);
                md.append(' ').append(value == null ? "" : value).append(" |");
            }
            md.append('\n');
        }
        Files.writeString(file, md.toString());
    }
}
