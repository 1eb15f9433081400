// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subscriber to every LoRaWAN device's decoded temperature on the bus: counts the live values (one per uplink),
 * and when the 10 % and 90 % marks of an expected count passed.
 */
final class UplinkCounter implements AutoCloseable {

    private final Mqtt5AsyncClient client;
    private final AtomicLong received = new AtomicLong();
    private volatile long expected = Long.MAX_VALUE;
    private volatile long markLow;
    private volatile long markHigh;
    private volatile long lastArrival;

    UplinkCounter(int port) {
        client = Mqtt5Client.builder()
                .identifier("bench-lorawan-counter")
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
        client.connectWith().cleanStart(true).send().join();
        client.subscribeWith()
                .topicFilter("ob/v1/" + LorawanNode.NODE_ID + "/+/temperature1")
                .qos(MqttQos.AT_MOST_ONCE)
                .callback(this::onMessage)
                .send()
                .join();
    }

    void expect(long count) {
        received.set(0);
        markLow = 0;
        markHigh = 0;
        expected = count;
    }

    private void onMessage(Mqtt5Publish publish) {
        long now = System.nanoTime();
        lastArrival = now;
        if (publish.isRetain()) {
            return;
        }
        long n = received.incrementAndGet();
        if (n == expected / 10) {
            markLow = now;
        } else if (n == expected * 9 / 10) {
            markHigh = now;
        }
    }

    /** Waits until the expected count arrived or nothing came for a while; returns how many came. */
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

    /** Waits until nothing has arrived for the given time. */
    void awaitCurrentState(Duration silence) throws InterruptedException {
        long since = System.nanoTime();
        while (System.nanoTime() - Math.max(since, lastArrival) < silence.toNanos()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Values per second between the 10 % and 90 % marks. */
    double rate() {
        if (markLow == 0 || markHigh <= markLow) {
            return 0;
        }
        return (expected * 8 / 10.0) / ((markHigh - markLow) / 1e9);
    }

    @Override
    public void close() {
        client.disconnect().join();
    }
}
