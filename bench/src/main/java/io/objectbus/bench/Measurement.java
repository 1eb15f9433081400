// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

/**
 * One run of one scenario on one system.
 *
 * @param rate delivered values a second
 * @param cpuMicrosPerValue the broker process's CPU time per delivered value
 */
record Measurement(
        String scenario,
        String system,
        double rate,
        double p50Millis,
        double p99Millis,
        double cpuMicrosPerValue,
        long rssMegabytes,
        long lost) {

    Measurement as(String otherSystem) {
        return new Measurement(
                scenario, otherSystem, rate, p50Millis, p99Millis, cpuMicrosPerValue, rssMegabytes, lost);
    }
}
