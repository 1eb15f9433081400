// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Recorder;

/**
 * Many subscribers of one filter counted as one: every value each of them receives is a delivery; the 10 % and 90 %
 * marks and the latency histogram are over all deliveries, so the rate is what the broker delivered in all.
 */
final class Crowd implements AutoCloseable {

    private final List<Mqtt5AsyncClient> clients;
    private final ArrivalCount count = new ArrivalCount();
    private final Recorder latency = new Recorder(3);

    Crowd(int port, String prefix, int size, String filter, MqttQos qos) {
        clients = Connections.connectAll(port, prefix, size, client -> client.subscribeWith()
                .topicFilter(filter)
                .qos(qos)
                .callback(this::onMessage)
                .send());
    }

    /** Starts a new measurement of {@code count} deliveries in all. */
    void expect(long count) {
        this.count.expect(count);
        latency.reset();
    }

    private void onMessage(Mqtt5Publish publish) {
        long now = count.arrived();
        long sent = Clocks.valueOf(publish.getPayloadAsBytes());
        if (sent > 0) {
            latency.recordValue(Math.max(0, Clocks.epochMicros() - sent));
        }
        count.count(now);
    }

    /** Waits until every expected delivery came or nothing came for a while; returns how many came. */
    long awaitQuiet(Duration silence, Duration limit) throws InterruptedException {
        return count.awaitQuiet(silence, limit);
    }

    /** Deliveries per second between the 10 % and 90 % marks. */
    double rate() {
        return count.rate();
    }

    org.HdrHistogram.Histogram latencyMicros() {
        return latency.getIntervalHistogram();
    }

    @Override
    public void close() {
        Connections.disconnectAll(clients);
    }
}
