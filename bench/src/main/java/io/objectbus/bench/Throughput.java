// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.time.Duration;

/** Delivered values a second and latency, for a flood or a set rate, through Mosquitto or the bus. */
final class Throughput {

    static final int OBJECTS = 2000;
    static final int RESOURCES = 5;
    static final int TOPICS = OBJECTS * RESOURCES;

    private Throughput() {}

    /**
     * Pass-through: a device client publishes raw payloads over 10,000 topics to the broker (Mosquitto, the reference,
     * or the node's own Artemis with the bus idle); one subscriber reads all.
     */
    static Measurement passThrough(ServerProcess server, String scenario, long count, int rate, MqttQos qos)
            throws Exception {
        try (Subscriber sub = new Subscriber(server.port, "bench-sub-" + System.nanoTime());
                Publisher pub = new Publisher(server.port, "bench-pub-" + System.nanoTime())) {
            sub.subscribe("bench/t/#", qos);
            sub.expect(count);
            double cpu = server.cpuSeconds();
            pub.publish(count, rate, qos, i -> "bench/t/" + (i % TOPICS), i -> Publisher.payload("d", "r"));
            return measure(
                    server, server.name.equals("objectbus") ? "artemis (raw)" : server.name, scenario, sub, count, cpu);
        }
    }

    /** The bus: an adapter inside the node reports values of 10,000 resources; one subscriber reads all. */
    static Measurement bus(NodeProcess node, String scenario, long count, int rate, MqttQos qos) throws Exception {
        try (Subscriber sub = new Subscriber(node.port, "bench-sub-" + System.nanoTime())) {
            sub.subscribe("ob/v1/" + BenchNode.NODE + "/+/+", qos);
            sub.awaitCurrentState(Duration.ofMillis(500));
            sub.expect(count);
            double cpu = node.cpuSeconds();
            node.command(
                    "feed",
                    "{\"objects\":" + OBJECTS + ",\"resources\":" + RESOURCES + ",\"count\":" + count + ",\"rate\":"
                            + rate + "}");
            return measure(node, scenario, sub, count, cpu);
        }
    }

    /** Raw device JSON over MQTT into the node, through a normaliser route onto the bus, to one subscriber. */
    static Measurement rawNormalised(NodeProcess node, long count) throws Exception {
        try (Subscriber sub = new Subscriber(node.port, "bench-sub-" + System.nanoTime());
                Publisher pub = new Publisher(node.port, "bench-raw-pub-" + System.nanoTime())) {
            sub.subscribe("ob/v1/" + BenchNode.NODE + "/+/+", MqttQos.AT_MOST_ONCE);
            sub.awaitCurrentState(Duration.ofMillis(500));
            sub.expect(count);
            double cpu = node.cpuSeconds();
            pub.publish(
                    count,
                    0,
                    MqttQos.AT_MOST_ONCE,
                    i -> "raw/o-" + (i % TOPICS) / RESOURCES,
                    i -> Publisher.payload("o-" + (i % TOPICS) / RESOURCES, "r" + i % RESOURCES));
            return measure(node, Report.RAW, sub, count, cpu);
        }
    }

    private static Measurement measure(ServerProcess server, String scenario, Subscriber sub, long count, double cpu)
            throws InterruptedException {
        return measure(server, server.name, scenario, sub, count, cpu);
    }

    private static Measurement measure(
            ServerProcess server, String system, String scenario, Subscriber sub, long count, double cpu)
            throws InterruptedException {
        long received = sub.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120));
        double cpuUsed = server.cpuSeconds() - cpu;
        var latency = sub.latencyMicros();
        return new Measurement(
                scenario,
                system,
                sub.rate(),
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                received == 0 ? 0 : cpuUsed * 1e6 / received,
                server.rssBytes() >> 20,
                count - received);
    }
}
