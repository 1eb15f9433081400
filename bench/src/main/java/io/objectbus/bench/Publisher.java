// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/** Publishes raw device payloads of about 100 bytes, each with its send time, at a rate or as fast as it can. */
final class Publisher implements AutoCloseable {

    private static final String PAD = "x".repeat(60);

    private final Mqtt5AsyncClient client;

    Publisher(int port, String clientId) {
        client = Mqtt5Client.builder()
                .identifier(clientId)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
        client.connectWith().cleanStart(true).send().join();
    }

    /** A 100-byte JSON payload as a device might send it. */
    static byte[] payload(String device, String resource) {
        return ("{\"v\":" + Clocks.epochMicros() + ",\"dev\":\"" + device + "\",\"r\":\"" + resource + "\",\"pad\":\""
                        + PAD + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param topicOf the topic of the i-th message
     * @param payloadOf the payload of the i-th message
     * @param rate messages a second, 0 for as fast as possible
     */
    void publish(long count, int rate, MqttQos qos, LongFunction<String> topicOf, LongFunction<byte[]> payloadOf) {
        long start = System.nanoTime();
        CompletableFuture<?> last = null;
        for (long i = 0; i < count; i++) {
            if (rate > 0) {
                long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            last = client.publishWith()
                    .topic(topicOf.apply(i))
                    .qos(qos)
                    .payload(payloadOf.apply(i))
                    .send();
        }
        if (last != null) {
            last.join();
        }
    }

    @Override
    public void close() {
        // A broker that dropped the connection under load must not end the whole run here.
        client.disconnect().exceptionally(e -> null).join();
    }
}
