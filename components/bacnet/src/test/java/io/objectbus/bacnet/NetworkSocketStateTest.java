// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code bacnet:network} consumer whose UDP socket cannot be used says so ({@code unusable}, with the reason) instead
 * of failing its route, and says {@code bound} once it can be used again.
 */
class NetworkSocketStateTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private void start(String options) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bacnet:network?whoIsInterval=500&pollInterval=500&" + options)
                        .routeId("adapter-bacnet-socket")
                        .process(e -> events.add(e.getMessage().getHeader(BacnetConstants.EVENT, String.class) + ": "
                                + e.getMessage().getBody(String.class)));
            }
        });
        camel.start();
    }

    @Test
    void aPortTakenBySomeoneElseIsUnusableWithTheReasonUntilItIsFreedThenBound() throws Exception {
        DatagramSocket holder = new DatagramSocket(new InetSocketAddress("0.0.0.0", 0));
        int port = holder.getLocalPort();
        try {
            start("localPort=" + port + "&broadcastAddress=127.255.255.255&broadcastPort=" + port);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.isEmpty());
            assertThat(events.get(0)).startsWith("unusable: ").contains(String.valueOf(port), "in use");
            assertThat(camel.getRouteController()
                            .getRouteStatus("adapter-bacnet-socket")
                            .isStarted())
                    .isTrue();
        } finally {
            holder.close();
        }
        // The port is tried again after 1, 2, 4 … s: the next try after it was freed may be half a minute away.
        await().atMost(Duration.ofSeconds(90)).until(() -> events.contains("bound: " + port));
    }

    @Test
    void aBroadcastThatCannotBeSentMakesTheSocketUnusableWithTheReason() throws Exception {
        // From a socket bound to loopback, a datagram to another network cannot leave: the kernel refuses the send.
        int devices;
        try (DatagramSocket socket = new DatagramSocket(0)) {
            devices = socket.getLocalPort();
        }
        start("localPort=0&bindAddress=127.0.0.1&broadcastAddress=192.0.2.255&broadcastPort=" + devices);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().anyMatch(e -> e.startsWith("unusable: ")));
        assertThat(events.get(0)).startsWith("bound: ");
        assertThat(events.stream()
                        .filter(e -> e.startsWith("unusable: "))
                        .findFirst()
                        .orElseThrow())
                .contains("192.0.2.255");
    }
}
