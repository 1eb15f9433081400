// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.testing.FreePorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker that cannot open a listener its settings ask for does not start: its clients would find another. */
class BrokerListenersTest {

    @TempDir
    Path data;

    @Test
    void aTakenMqttPortFailsTheStartNamingThePort() throws Exception {
        try (ServerSocket other = occupy()) {
            EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(other.getLocalPort(), data));
            assertThatThrownBy(broker::start)
                    .isInstanceOf(ListenerNotStartedException.class)
                    .hasMessage("MQTT port " + other.getLocalPort() + " on 127.0.0.1 is in use")
                    .satisfies(e -> assertThat(((ListenerNotStartedException) e).listener())
                            .isEqualTo(BrokerListener.MQTT));
            assertThat(broker.isStarted()).isFalse();
            broker.stop();
        }
    }

    @Test
    void aTakenWebSocketPortFailsTheStartToo() throws Exception {
        try (ServerSocket other = occupy()) {
            EmbeddedBroker broker = new EmbeddedBroker(
                    BrokerSettings.loopback(FreePorts.next(), data).withWebSocketPort(other.getLocalPort()));
            assertThatThrownBy(broker::start)
                    .isInstanceOf(ListenerNotStartedException.class)
                    .hasMessage("WebSocket port " + other.getLocalPort() + " on 127.0.0.1 is in use");
            broker.stop();
        }
    }

    @Test
    void aTlsListenerThatCannotOpenFailsTheStartAfterTheBrokerTriedIt() throws Exception {
        Path notAKeyStore = Files.writeString(data.resolve("broker.p12"), "not a key store");
        int tls = FreePorts.next();
        BrokerSecurity security = BrokerSecurity.none().withTls(tls, notAKeyStore, "secret");
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data), security);
        assertThatThrownBy(broker::start)
                .isInstanceOf(ListenerNotStartedException.class)
                .hasMessageStartingWith("TLS port " + tls + " on 127.0.0.1 ");
        assertThat(broker.isStarted()).isFalse();
        broker.stop();
    }

    @Test
    void aBrokerWhoseListenersAllOpenStarts() throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker(
                BrokerSettings.loopback(FreePorts.next(), data).withWebSocketPort(FreePorts.next()))) {
            broker.start();
            assertThat(broker.isStarted()).isTrue();
        }
    }

    private static ServerSocket occupy() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    }
}
