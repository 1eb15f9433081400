// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Many subscribers of one filter counted as one: every value each of them receives is a delivery; the 10 % and 90 %
 * marks and the latency histogram are over all deliveries, so the rate is what the broker delivered in all.
 */
final class Crowd implements AutoCloseable {

    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private final Recorder latency = new Recorder(3);
    private volatile long expected = Long.MAX_VALUE;
    private volatile long markLow;
    private volatile long markHigh;
    private volatile long lastArrival;

    Crowd(int port, String prefix, int size, String filter, MqttQos qos) {
        List<CompletableFuture<?>> ready = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Mqtt5AsyncClient client = Mqtt5Client.builder()
                    .identifier(prefix + "-" + i)
                    .serverHost("127.0.0.1")
                    .serverPort(port)
                    .buildAsync();
            clients.add(client);
            ready.add(client.connectWith().cleanStart(true).send().thenCompose(ack -> client.subscribeWith()
                    .topicFilter(filter)
                    .qos(qos)
                    .callback(this::onMessage)
                    .send()));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    /** Starts a new measurement of {@code count} deliveries in all. */
    void expect(long count) {
        received.set(0);
        latency.reset();
        markLow = 0;
        markHigh = 0;
        expected = count;
    }

    private void onMessage(Mqtt5Publish publish) {
        long now = System.nanoTime();
        lastArrival = now;
        long sent = Clocks.valueOf(publish.getPayloadAsBytes());
        if (sent > 0) {
            latency.recordValue(Math.max(0, Clocks.epochMicros() - sent));
        }
        long n = received.incrementAndGet();
        if (n == expected / 10) {
            markLow = now;
        } else if (n == expected * 9 / 10) {
            markHigh = now;
        }
    }

    /** Waits until every expected delivery came or nothing came for a while; returns how many came. */
    long awaitQuiet(Duration silence, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (received.get() < expected && System.nanoTime() < deadline) {
            long last = lastArrival;
            TimeUnit.MILLISECONDS.sleep(100);
            if (last != 0 && System.nanoTime() - last > silence.toNanos()) {
                break;
            }
        }
        return received.get();
    }

    /** Deliveries per second between the 10 % and 90 % marks. */
    double rate() {
        if (markLow == 0) {
            return 0;
        }
        if (markHigh > markLow) {
            return (expected * 8 / 10.0) / ((markHigh - markLow) / 1e9);
        }
        long counted = received.get() - expected / 10;
        return counted <= 0 ? 0 : counted / ((lastArrival - markLow) / 1e9);
    }

    org.HdrHistogram.Histogram latencyMicros() {
        return latency.getIntervalHistogram();
    }

    @Override
    public void close() {
        CompletableFuture.allOf(clients.stream()
                        .map(c -> c.disconnect().exceptionally(e -> null))
                        .toArray(CompletableFuture[]::new))
                .join();
    }
}
