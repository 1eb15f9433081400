// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Real MQTT device connections of a cluster site, alongside its simulated devices: each is a client of its own member
 * reporting raw JSON on {@code raw/{member's node}/{device}} as device {@code o-n} of that member, which the member's
 * normaliser route puts on the bus (the path of an MQTT adapter's devices).
 */
final class MqttDevices implements AutoCloseable {

    private static final String ENERGY = "r2";

    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();

    private MqttDevices() {}

    /** Connects {@code perMember} devices to each member, devices o-0 … of that member. */
    static MqttDevices connect(SiteCluster site, int perMember) {
        MqttDevices fleet = new MqttDevices();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (NodeProcess member : site.members) {
            for (int d = 0; d < perMember; d++) {
                Mqtt5AsyncClient client = Mqtt5Client.builder()
                        .identifier("device-" + member.nodeId + "-" + d)
                        .serverHost("127.0.0.1")
                        .serverPort(member.port)
                        .buildAsync();
                fleet.clients.add(client);
                fleet.topics.add("raw/" + member.nodeId + "/o-" + d);
                fleet.devices.add("o-" + d);
                pending.add(client.connectWith().keepAlive(60).send());
                if (pending.size() >= 100) {
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                            .join();
                    pending.clear();
                }
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return fleet;
    }

    int size() {
        return clients.size();
    }

    /** Each device one value every {@code everySeconds}, spread evenly, for {@code seconds}; returns values sent. */
    long report(int everySeconds, int seconds) {
        long count = (long) clients.size() * seconds / everySeconds;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * everySeconds * 1_000_000_000L / clients.size();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int d = (int) (i % clients.size());
            String json =
                    "{\"dev\":\"" + devices.get(d) + "\",\"r\":\"" + ENERGY + "\",\"v\":" + Clocks.epochMicros() + "}";
            clients.get(d)
                    .publishWith()
                    .topic(topics.get(d))
                    .qos(MqttQos.AT_MOST_ONCE)
                    .payload(json.getBytes(StandardCharsets.UTF_8))
                    .send();
        }
        return count;
    }

    @Override
    public void close() {
        for (Mqtt5AsyncClient client : clients) {
            client.disconnect().exceptionally(e -> null);
        }
    }
}
