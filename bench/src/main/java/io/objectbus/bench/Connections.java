// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Many HiveMQ clients of the bench connected at once, and disconnected at once. */
final class Connections {

    private Connections() {}

    /**
     * Connects {@code size} clients {@code <prefix>-<i>} with a clean start, runs {@code then} on each once it is
     * connected (a subscription, or nothing), and returns when all are done.
     */
    static List<Mqtt5AsyncClient> connectAll(
            int port, String prefix, int size, Function<Mqtt5AsyncClient, CompletableFuture<?>> then) {
        List<Mqtt5AsyncClient> clients = new ArrayList<>();
        List<CompletableFuture<?>> ready = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Mqtt5AsyncClient client = client(port, prefix + "-" + i);
            clients.add(client);
            ready.add(client.connectWith().cleanStart(true).send().thenCompose(ack -> then.apply(client)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        return clients;
    }

    /** One client of the bench on the broker's port, not yet connected. */
    static Mqtt5AsyncClient client(int port, String id) {
        return Mqtt5Client.builder()
                .identifier(id)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
    }

    /** One client, connected with a clean start. */
    static Mqtt5AsyncClient connected(int port, String id) {
        Mqtt5AsyncClient client = client(port, id);
        client.connectWith().cleanStart(true).send().join();
        return client;
    }

    /** Disconnects them all; a connection the broker already dropped is no error here. */
    static void disconnectAll(List<Mqtt5AsyncClient> clients) {
        CompletableFuture.allOf(clients.stream()
                        .map(c -> c.disconnect().exceptionally(e -> null))
                        .toArray(CompletableFuture[]::new))
                .join();
    }
}
