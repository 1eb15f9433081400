// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/** Device connections of their own, each publishing on its own topic, paced together at a total rate. */
final class Fleet implements AutoCloseable {

    private final List<Mqtt5AsyncClient> devices;

    Fleet(int port, String prefix, int size) {
        devices = Connections.connectAll(port, prefix, size, client -> CompletableFuture.completedFuture(null));
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
        Connections.disconnectAll(devices);
    }
}
