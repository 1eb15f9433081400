// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;

/**
 * One flood through the bus (or with "raw", through the broker alone) with the node under a profiler (set BENCH_NODE_JVM_OPTS, e.g. to
 * {@code -XX:StartFlightRecording=filename=node.jfr,settings=profile}), to find where the time goes.
 */
public final class Profile {

    private Profile() {}

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        boolean qos1 = args.length > 1 && args[1].equals("qos1");
        if (args.length > 1 && args[1].equals("devices")) {
            try (NodeProcess node = NodeProcess.start("-Xmx1g", 0)) {
                System.out.println(SiteShapes.devices(node, RoundTwo.DEVICES, (int) count));
            }
            return;
        }
        if (args.length > 1 && args[1].equals("raw")) {
            rawFlood(count);
            return;
        }
        try (NodeProcess node = NodeProcess.start("-Xmx1g", qos1 ? 1 : 0)) {
            node.command(
                    "describe", "{\"objects\":" + Throughput.OBJECTS + ",\"resources\":" + Throughput.RESOURCES + "}");
            if (qos1) {
                Throughput.bus(node, "warm-up", 50_000, 10_000, MqttQos.AT_LEAST_ONCE);
                System.out.println(Throughput.bus(node, Report.LATENCY_QOS1, count, 5000, MqttQos.AT_LEAST_ONCE));
            } else {
                System.out.println(Throughput.bus(node, Report.FLOOD, count, 0, MqttQos.AT_MOST_ONCE));
            }
        }
    }

    /** The broker alone: raw MQTT over 1,000 topics through the node's Artemis, as fast as it goes. */
    private static void rawFlood(long count) throws Exception {
        try (NodeProcess node = NodeProcess.start("-Xmx1g", 0)) {
            System.out.println(SiteShapes.passThrough(node, RoundTwo.FLOOD, count, 0, MqttQos.AT_MOST_ONCE));
        }
    }
}
