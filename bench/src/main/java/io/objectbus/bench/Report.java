// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** Medians of the repetitions, ratios to the reference run in the same session, and the targets they meet. */
final class Report {

    static final String FLOOD = "flood, QoS 0";
    static final String RAW = "raw JSON → normaliser → bus";
    static final String LATENCY = "5,000 values/s, QoS 0";
    static final String LATENCY_QOS1 = "5,000 values/s, QoS 1";
    static final String JOURNAL_SYNC = "objectbus, fsync per message";

    private final List<Measurement> runs;
    private final Map<String, Map<String, Object>> absolute;
    private final Map<String, Double> jmh;

    Report(List<Measurement> runs, Map<String, Map<String, Object>> absolute, Map<String, Double> jmh) {
        this.runs = runs;
        this.absolute = absolute;
        this.jmh = jmh;
    }

    void write(Path markdown, Path chart) throws IOException {
        Files.createDirectories(markdown.getParent());
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results, ")
                .append(markdown.getFileName().toString().replace(".md", ""))
                .append("\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Machine: %d cores, Java %s. Medians of %d repetitions. " + "Method: docs/performance.md.%n%n",
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        runs.stream()
                                .filter(m -> m.scenario().equals(RoundTwo.FLOOD)
                                        && m.system().equals("mosquitto"))
                                .count()));
        md.append(throughputTable()).append('\n');
        md.append(new ShapeTargets(runs).markdown()).append('\n');
        if (!of(FLOOD, "mosquitto").isEmpty()) {
            md.append(targets()).append('\n');
        }
        absolute.forEach((title, values) -> md.append(table(title, values)).append('\n'));
        if (!jmh.isEmpty()) {
            md.append("## JMH: hot paths (ns per operation, one fork, 2 × 1 s warm-up, 3 × 1 s measured)\n\n")
                    .append("| benchmark | ns/op |\n|---|---:|\n");
            jmh.forEach((name, ns) -> md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", name, ns)));
            md.append('\n');
        }
        md.append("![throughput](").append(chart.getFileName()).append(")\n");
        Files.writeString(markdown, md.toString());
        writeChart(chart);
    }

    private String throughputTable() {
        StringBuilder md = new StringBuilder("## Delivered values and latency\n\n"
                + "| scenario | system | values/s | p50 ms | p99 ms | broker CPU µs/value | RSS MB | lost |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String[] key : keys()) {
            List<Measurement> ms = of(key[0], key[1]);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.0f | %.2f | %.2f | %.1f | %.0f | %.0f |%n",
                    key[0],
                    key[1],
                    median(ms, Measurement::rate),
                    median(ms, Measurement::p50Millis),
                    median(ms, Measurement::p99Millis),
                    median(ms, Measurement::cpuMicrosPerValue),
                    median(ms, m -> m.rssMegabytes()),
                    median(ms, m -> m.lost())));
        }
        return md.toString();
    }

    private String targets() {
        double reference = median(of(FLOOD, "mosquitto"), Measurement::rate);
        double bus = median(of(FLOOD, "objectbus"), Measurement::rate);
        double raw = median(of(RAW, "objectbus"), Measurement::rate);
        double artemis = median(of(FLOOD, "artemis (raw)"), Measurement::rate);
        double refP99 = median(of(LATENCY, "mosquitto"), Measurement::p99Millis);
        double busP99 = median(of(LATENCY, "objectbus"), Measurement::p99Millis);
        double qos1P99 = median(of(LATENCY_QOS1, "objectbus"), Measurement::p99Millis);
        double syncedP99 = median(of(LATENCY_QOS1, JOURNAL_SYNC), Measurement::p99Millis);
        return "## Targets\n\n| target | measured | met |\n|---|---|---|\n"
                + row("adapter → bus → subscriber ≥ 0.8 × Mosquitto", ratio(bus, reference), bus >= 0.8 * reference)
                + row("raw JSON → normaliser → bus ≥ 0.5 × Mosquitto", ratio(raw, reference), raw >= 0.5 * reference)
                + row("(context) embedded Artemis raw pass-through vs Mosquitto", ratio(artemis, reference), true)
                + row("(context) adapter → bus vs the same Artemis raw", ratio(bus, artemis), true)
                + row(
                        "p99 at 5,000/s ≤ Mosquitto's",
                        String.format(Locale.ROOT, "%.2f ms vs %.2f ms", busP99, refP99),
                        busP99 <= refP99)
                + row(
                        "p99 at 5,000/s with QoS 1 and journal ≤ 20 ms",
                        String.format(Locale.ROOT, "%.2f ms", qos1P99),
                        qos1P99 <= 20)
                + row(
                        "(context) the same with an fsync per message (journal-sync=true)",
                        String.format(Locale.ROOT, "%.2f ms", syncedP99),
                        syncedP99 <= 20);
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f × (%.0f vs %.0f values/s)", a / b, a, b);
    }

    private static String row(String target, String measured, boolean met) {
        return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    private static String table(String title, Map<String, Object> values) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n| measure | value |\n|---|---:|\n");
        values.forEach((k, v) -> md.append("| ")
                .append(k)
                .append(" | ")
                .append(v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v)
                .append(" |\n"));
        return md.toString();
    }

    private void writeChart(Path chart) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] key : keys()) {
            if (!key[0].contains("/s")) {
                data.addValue(median(of(key[0], key[1]), Measurement::rate), key[1], key[0]);
            }
        }
        JFreeChart bars =
                ChartFactory.createBarChart("Delivered values per second (2 cores, same run)", null, "values/s", data);
        ChartUtils.saveChartAsPNG(chart.toFile(), bars, 800, 450);
    }

    private List<String[]> keys() {
        List<String[]> keys = new ArrayList<>();
        for (Measurement m : runs) {
            if (keys.stream().noneMatch(k -> k[0].equals(m.scenario()) && k[1].equals(m.system()))) {
                keys.add(new String[] {m.scenario(), m.system()});
            }
        }
        return keys;
    }

    List<Measurement> of(String scenario, String system) {
        return runs.stream()
                .filter(m -> m.scenario().equals(scenario) && m.system().equals(system))
                .toList();
    }

    static double median(List<Measurement> runs, ToDoubleFunction<Measurement> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    /** The median of each numeric measure over several runs of one scenario. */
    static Map<String, Object> medianOf(List<Map<String, Object>> runs) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            double[] values = runs.stream()
                    .mapToDouble(r -> ((Number) r.get(key)).doubleValue())
                    .sorted()
                    .toArray();
            result.put(key, values[values.length / 2]);
        }
        return result;
    }
}
