// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * A measuring subscriber: counts the live values it receives, records when the 10 % and 90 % marks of an expected
 * count passed, and the end-to-end latency from the send time carried in each value.
 */
final class Subscriber implements AutoCloseable {

    private final Mqtt5AsyncClient client;
    private final ArrivalCount count = new ArrivalCount();
    private final AtomicLong retained = new AtomicLong();
    private final Recorder latency = new Recorder(3);

    Subscriber(int port, String clientId) {
        client = Mqtt5Client.builder()
                .identifier(clientId)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
        client.connectWith().cleanStart(true).send().join();
    }

    void subscribe(String filter, MqttQos qos) {
        client.subscribeWith()
                .topicFilter(filter)
                .qos(qos)
                .callback(this::onMessage)
                .send()
                .join();
    }

    /**
     * Waits until the current picture a new subscription receives (the node's late-joiner delivery, flagged retained)
     * has arrived, so that live values measured afterwards do not queue behind it.
     */
    void awaitCurrentState(Duration silence) throws InterruptedException {
        count.awaitSilence(silence);
    }

    /** Starts a new measurement of {@code count} values. */
    void expect(long count) {
        this.count.expect(count);
        retained.set(0);
        latency.reset();
    }

    private void onMessage(Mqtt5Publish publish) {
        long now = count.arrived();
        if (publish.isRetain()) {
            retained.incrementAndGet();
            return;
        }
        if (publish.getTopic().toString().endsWith("$info")) {
            return;
        }
        long sent = Clocks.valueOf(publish.getPayloadAsBytes());
        // Integer values only: a number resource carries the send time as a double, whose digits are rounded.
        if (sent > 1_000_000_000_000_000L) {
            latency.recordValue(Math.max(0, Clocks.epochMicros() - sent));
        }
        count.count(now);
    }

    /** Waits until the expected count arrived or nothing came for a while; returns how many came. */
    long awaitQuiet(Duration silence, Duration limit) throws InterruptedException {
        return count.awaitQuiet(silence, limit);
    }

    /** Values per second between the 10 % and 90 % marks. */
    double rate() {
        return count.rate();
    }

    long received() {
        return count.received();
    }

    long retained() {
        return retained.get();
    }

    org.HdrHistogram.Histogram latencyMicros() {
        return latency.getIntervalHistogram();
    }

    @Override
    public void close() {
        // A broker that dropped the connection under load must not end the whole run here.
        client.disconnect().exceptionally(e -> null).join();
    }
}
