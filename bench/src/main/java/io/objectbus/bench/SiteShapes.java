// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import java.time.Duration;

/**
 * The broker alone, in the shapes of a real site, on any broker (Mosquitto or the node's embedded Artemis):
 * pass-through over 1,000 topics, one value fanned out to 100 subscribers, and 1,000 device connections publishing
 * at 10 values a second each to 10 subscribers. Every loop is bounded by a count.
 */
final class SiteShapes {

    static final int TOPICS = 1000;
    static final int FAN_OUT = 100;
    static final int DEVICES = 1000;
    static final int DEVICE_RATE = 10;
    static final int DEVICE_SUBSCRIBERS = 10;

    private SiteShapes() {}

    /** A device client publishes over 1,000 topics (as fast as it can, or at a rate); one subscriber reads all. */
    static Measurement passThrough(ServerProcess server, String scenario, long count, int rate, MqttQos qos)
            throws Exception {
        try (Subscriber sub = new Subscriber(server.port, "shape-sub-" + System.nanoTime());
                Publisher pub = new Publisher(server.port, "shape-pub-" + System.nanoTime())) {
            sub.subscribe("bench/p/#", qos);
            sub.expect(count);
            double cpu = server.cpuSeconds();
            pub.publish(count, rate, qos, i -> "bench/p/" + (i % TOPICS), i -> Publisher.payload("d", "r"));
            long received = sub.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120));
            return measurement(server, scenario, sub.rate(), sub.latencyMicros(), cpu, received, count);
        }
    }

    /** Values on 10 topics, each delivered to 100 subscribers of them all: deliveries a second in all. */
    static Measurement fanOut(ServerProcess server, String scenario, long values, int rate) throws Exception {
        try (Crowd crowd =
                        new Crowd(server.port, "fan-" + System.nanoTime(), FAN_OUT, "bench/f/#", MqttQos.AT_MOST_ONCE);
                Publisher pub = new Publisher(server.port, "fan-pub-" + System.nanoTime())) {
            long deliveries = values * FAN_OUT;
            crowd.expect(deliveries);
            double cpu = server.cpuSeconds();
            pub.publish(
                    values, rate, MqttQos.AT_MOST_ONCE, i -> "bench/f/" + (i % 10), i -> Publisher.payload("d", "r"));
            long received = crowd.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(180));
            return measurement(server, scenario, crowd.rate(), crowd.latencyMicros(), cpu, received, deliveries);
        }
    }

    /** 1,000 device connections at 10 values a second each, every value to 10 subscribers of all devices. */
    static Measurement devices(ServerProcess server, String scenario, int seconds) throws Exception {
        String id = "dev-" + System.nanoTime();
        try (Crowd crowd = new Crowd(server.port, id + "-sub", DEVICE_SUBSCRIBERS, "bench/d/#", MqttQos.AT_MOST_ONCE);
                Fleet fleet = new Fleet(server.port, id, DEVICES)) {
            long values = (long) DEVICES * DEVICE_RATE * seconds;
            long deliveries = values * DEVICE_SUBSCRIBERS;
            crowd.expect(deliveries);
            double cpu = server.cpuSeconds();
            fleet.publish(values, DEVICES * DEVICE_RATE, MqttQos.AT_MOST_ONCE, "bench/d/");
            // A broker that falls behind goes quiet for seconds while it catches up: wait longer before giving up.
            long received = crowd.awaitQuiet(Duration.ofSeconds(10), Duration.ofSeconds(120));
            return measurement(server, scenario, crowd.rate(), crowd.latencyMicros(), cpu, received, deliveries);
        }
    }

    private static Measurement measurement(
            ServerProcess server,
            String scenario,
            double rate,
            org.HdrHistogram.Histogram latency,
            double cpuBefore,
            long received,
            long expected) {
        double cpuUsed = server.cpuSeconds() - cpuBefore;
        return new Measurement(
                scenario,
                server.name,
                rate,
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                received == 0 ? 0 : cpuUsed * 1e6 / received,
                server.rssBytes() >> 20,
                expected - received);
    }
}
