// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/** Device connections of their own, each publishing on its own topic, paced together at a total rate. */
final class Fleet implements AutoCloseable {

    private final List<Mqtt5AsyncClient> devices = new ArrayList<>();

    Fleet(int port, String prefix, int size) {
        List<CompletableFuture<?>> ready = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Mqtt5AsyncClient client = Mqtt5Client.builder()
                    .identifier(prefix + "-" + i)
                    .serverHost("127.0.0.1")
                    .serverPort(port)
                    .buildAsync();
            devices.add(client);
            ready.add(client.connectWith().cleanStart(true).send());
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    /** Publishes {@code count} values round-robin over the devices, {@code rate} a second in all. */
    void publish(long count, int rate, MqttQos qos, String topicPrefix) {
        long start = System.nanoTime();
        CompletableFuture<?> last = null;
        for (long i = 0; i < count; i++) {
            long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int device = (int) (i % devices.size());
            last = devices.get(device)
                    .publishWith()
                    .topic(topicPrefix + device + "/v")
                    .qos(qos)
                    .payload(Publisher.payload("d" + device, "v"))
                    .send();
        }
        if (last != null) {
            last.join();
        }
    }

    @Override
    public void close() {
        CompletableFuture.allOf(devices.stream()
                        .map(c -> c.disconnect().exceptionally(e -> null))
                        .toArray(CompletableFuture[]::new))
                .join();
    }
}
