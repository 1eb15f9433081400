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
            Mqtt5AsyncClient client = Mqtt5Client.builder()
                    .identifier(prefix + "-" + i)
                    .serverHost("127.0.0.1")
                    .serverPort(port)
                    .buildAsync();
            clients.add(client);
            ready.add(client.connectWith().cleanStart(true).send().thenCompose(ack -> then.apply(client)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        return clients;
    }

    /** Disconnects them all; a connection the broker already dropped is no error here. */
    static void disconnectAll(List<Mqtt5AsyncClient> clients) {
        CompletableFuture.allOf(clients.stream()
                        .map(c -> c.disconnect().exceptionally(e -> null))
                        .toArray(CompletableFuture[]::new))
                .join();
    }
}
