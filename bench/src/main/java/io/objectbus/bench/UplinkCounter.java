// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Duration;

/**
 * A subscriber to every LoRaWAN device's decoded temperature on the bus: counts the live values (one per uplink),
 * and when the 10 % and 90 % marks of an expected count passed.
 */
final class UplinkCounter implements AutoCloseable {

    private final Mqtt5AsyncClient client;
    private final ArrivalCount count = new ArrivalCount();

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
        this.count.expect(count);
    }

    private void onMessage(Mqtt5Publish publish) {
        long now = count.arrived();
        if (!publish.isRetain()) {
            count.count(now);
        }
    }

    /** Waits until the expected count arrived or nothing came for a while; returns how many came. */
    long awaitQuiet(Duration silence, Duration limit) throws InterruptedException {
        return count.awaitQuiet(silence, limit);
    }

    /** Waits until nothing has arrived for the given time. */
    void awaitCurrentState(Duration silence) throws InterruptedException {
        count.awaitSilence(silence);
    }

    /** Values per second between the 10 % and 90 % marks. */
    double rate() {
        return count.rateBetweenMarks();
    }

    @Override
    public void close() {
        client.disconnect().join();
    }
}
