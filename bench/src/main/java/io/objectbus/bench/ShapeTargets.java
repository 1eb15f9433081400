// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The targets of the site shapes, for each node variant as a ratio to Mosquitto in the same run. */
final class ShapeTargets {

    private final List<Measurement> runs;

    ShapeTargets(List<Measurement> runs) {
        this.runs = runs;
    }

    String markdown() {
        Set<String> nodes = new LinkedHashSet<>();
        runs.stream()
                .filter(m -> m.scenario().equals(RoundTwo.FLOOD) && !m.system().equals("mosquitto"))
                .forEach(m -> nodes.add(m.system()));
        StringBuilder md = new StringBuilder(
                "## Targets of the site shapes (ratio to Mosquitto, same run)\n\n| target | node | measured | met |\n"
                        + "|---|---|---|---|\n");
        for (String node : nodes) {
            md.append(atLeast("1,000 topics: delivered values/s ≥ 0.9 ×", RoundTwo.FLOOD, node, Measurement::rate, 0.9))
                    .append(atMost(
                            "1,000 topics: broker CPU per value ≤ 1.5 ×",
                            RoundTwo.FLOOD,
                            node,
                            Measurement::cpuMicrosPerValue,
                            1.5))
                    .append(row(
                            "adapter → bus → subscriber: values/s ≥ 0.9 × Mosquitto's 1,000-topic flood",
                            RoundTwo.BUS,
                            RoundTwo.FLOOD,
                            node,
                            Measurement::rate,
                            0.9,
                            true))
                    .append(row(
                            "raw JSON → normaliser → bus: values/s ≥ 0.6 × Mosquitto's 1,000-topic flood",
                            RoundTwo.RAW_BUS,
                            RoundTwo.FLOOD,
                            node,
                            Measurement::rate,
                            0.6,
                            true))
                    .append(atMost("p99 at 5,000/s QoS 0 ≤ 1.2 ×", RoundTwo.LATENCY, node, Measurement::p99Millis, 1.2))
                    .append(atMost(
                            "p99 at 5,000/s QoS 1 ≤ 1.2 ×", RoundTwo.LATENCY_QOS1, node, Measurement::p99Millis, 1.2))
                    .append(atLeast(
                            "fan-out to 100: deliveries/s ≥ 1 ×", RoundTwo.FAN_FLOOD, node, Measurement::rate, 1))
                    .append(atMost(
                            "fan-out to 100 at 500 values/s: p99 ≤ 1 ×",
                            RoundTwo.FAN_PACED,
                            node,
                            Measurement::p99Millis,
                            1))
                    .append(atLeast("1,000 devices: deliveries/s ≥ 1 ×", RoundTwo.DEVICES, node, Measurement::rate, 1))
                    .append(atMost("1,000 devices: p99 ≤ 1 ×", RoundTwo.DEVICES, node, Measurement::p99Millis, 1));
        }
        return md.toString();
    }

    private String atLeast(String target, String scenario, String node, ToDoubleFunction<Measurement> f, double bound) {
        return row(target, scenario, scenario, node, f, bound, true);
    }

    private String atMost(String target, String scenario, String node, ToDoubleFunction<Measurement> f, double bound) {
        return row(target, scenario, scenario, node, f, bound, false);
    }

    private String row(
            String target,
            String scenario,
            String referenceScenario,
            String node,
            ToDoubleFunction<Measurement> metric,
            double bound,
            boolean higherIsBetter) {
        if (of(scenario, node).isEmpty()) {
            return ""; // a scenario left out of this run (BENCH_SHAPES)
        }
        double value = Report.median(of(scenario, node), metric);
        double reference = Report.median(of(referenceScenario, "mosquitto"), metric);
        double ratio = value / reference;
        boolean met = higherIsBetter ? ratio >= bound : ratio <= bound;
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.2f × (%s vs %s) | %s |%n",
                target,
                node,
                ratio,
                figure(value),
                figure(reference),
                met ? "yes" : "**no**");
    }

    private static String figure(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private List<Measurement> of(String scenario, String system) {
        return runs.stream()
                .filter(m -> m.scenario().equals(scenario) && m.system().equals(system))
                .toList();
    }
}
