// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads samples from the Prometheus text exposition format (version 0.0.4): {@code name{labels} value}. Enough of a
 * parser for a test to find a sample by its name and a label it must carry; fails on a sample it cannot read.
 */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( \\d+)?$");

    private PrometheusText() {}

    /** The value of the first sample named {@code name} whose labels contain {@code label}; fails when none is. */
    static double value(String text, String name, String label) {
        return samples(text, name, label).get(0);
    }

    /**
     * The sum of every sample named {@code name} whose labels contain {@code label}: a gauge split by a label the test
     * does not care about (the heap's pools, say, any of which may be empty right after a collection).
     */
    static double sum(String text, String name, String label) {
        return samples(text, name, label).stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    private static List<Double> samples(String text, String name, String label) {
        List<Double> values = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a Prometheus sample: " + line);
            }
            String labels = sample.group(3) == null ? "" : sample.group(3);
            if (sample.group(1).equals(name) && labels.contains(label)) {
                values.add(Double.parseDouble(sample.group(4)));
            }
        }
        if (values.isEmpty()) {
            throw new AssertionError("no sample " + name + "{" + label + "} in:\n" + text);
        }
        return values;
    }
}
