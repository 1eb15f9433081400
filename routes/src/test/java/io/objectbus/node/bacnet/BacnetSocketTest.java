// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.BusFixture;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection of a BACnet/IP adapter is its UDP socket: down with the reason while the port is taken. */
class BacnetSocketTest {
    private BusFixture bus;
    private Paho5Probe watcher;

    @AfterEach
    void stop() throws Exception {
        if (watcher != null) {
            watcher.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void anAdapterWhosePortIsTakenIsDownWithTheReasonAndUpOnceThePortIsFree() throws Exception {
        DatagramSocket holder = new DatagramSocket(new InetSocketAddress("0.0.0.0", 0));
        int port = holder.getLocalPort();
        try {
            bus = BusFixture.start("n1", component -> {}, adapterOn(port));
            watcher = new Paho5Probe(bus.url(), "bacnet-socket-watcher");
            watcher.subscribe("ob/v1/n1/#", 0);
            Received down = awaitState("\"v\":\"down\"", Duration.ofSeconds(30));
            assertThat(awaitOn("bacnet-held/reason").text()).contains(String.valueOf(port), "in use");
            assertThat(down.text()).isNotBlank();
        } finally {
            holder.close();
        }
        // The port is tried again after 1, 2, 4 … s: the next try after it was freed may be half a minute away.
        awaitState("\"v\":\"up\"", Duration.ofSeconds(90));
    }

    private static RouteBuilder adapterOn(int port) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                BacnetNodeConfiguration.bindBeans(getContext());
                from("kamelet:bacnet-network?name=held&localPort=" + port + "&broadcastAddress=" + BacnetSite.BROADCAST
                                + "&broadcastPort=" + port)
                        .routeId("adapter-bacnet-held")
                        .log(LoggingLevel.TRACE, "${header.CamelBacnetEvent}");
            }
        };
    }

    private Received awaitState(String fragment, Duration within) {
        return await().atMost(within)
                .until(
                        () -> watcher.received().stream()
                                .filter(r -> r.topic().equals(bus.topic("bacnet-held/state"))
                                        && r.text().contains(fragment))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private Received awaitOn(String rest) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> watcher.received().stream()
                                .filter(r -> r.topic().equals(bus.topic(rest)))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
