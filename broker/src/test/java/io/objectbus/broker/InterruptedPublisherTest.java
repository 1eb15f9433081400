// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adapter's thread may be interrupted while it publishes (its route is being stopped). The message still goes out,
 * the broker stays whole, and the thread keeps its interrupt for its own code.
 */
class InterruptedPublisherTest {

    @TempDir
    Path data;

    @Test
    void aPublicationFromAnInterruptedThreadIsRoutedAndTheInterruptKept() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data))) {
            broker.start();
            try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + port, "interrupt-watcher")) {
                client.subscribe("ob/v1/#", 1);
                Thread.currentThread().interrupt();
                boolean kept;
                try {
                    broker.publish("ob/v1/n/o/r", "1".getBytes(StandardCharsets.UTF_8), 1);
                } finally {
                    kept = Thread.interrupted();
                }
                assertThat(kept).isTrue();
                broker.publish("ob/v1/n/o/r", "2".getBytes(StandardCharsets.UTF_8), 1);
                await().until(() -> client.on("ob/v1/n/o/r").size() == 2);
            }
        }
    }
}
