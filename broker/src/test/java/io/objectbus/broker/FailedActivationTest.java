// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.objectbus.testing.FreePorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker that is no backup and cannot start ends its start with an error instead of waiting for a takeover. */
class FailedActivationTest {

    @TempDir
    Path dir;

    @Test
    void aBrokerWhoseDataFolderIsAFileEndsItsStartWithAnErrorInsteadOfWaiting() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the broker's data folder should be");
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), notAFolder));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> assertThatThrownBy(broker::start)
                    .isInstanceOf(Exception.class));
        } finally {
            broker.stop();
        }
    }

    /**
     * The check of the listeners' ports runs before Artemis binds them; a port another process takes in between fails
     * the activation, and the start says why at once instead of after a wait.
     */
    @Test
    void aPrimaryWhoseListenerCannotBindFailsAtOnceWithTheReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ActiveMQServer server = ActiveMQServers.newActiveMQServer(
                    new ConfigurationImpl()
                            .setPersistenceEnabled(false)
                            .setSecurityEnabled(false)
                            .addAcceptorConfiguration(
                                    "mqtt", "tcp://127.0.0.1:" + taken.getLocalPort() + "?protocols=MQTT"),
                    false);
            BackupWait activation = new BackupWait(server);
            server.start();
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(activation::awaitActive)
                        .isInstanceOf(BackupWait.ActivationFailedException.class)
                        .hasMessageContaining("did not become active")
                        .hasMessageNotContaining("see its AMQ errors above"));
            } finally {
                server.stop();
            }
        }
    }
}
