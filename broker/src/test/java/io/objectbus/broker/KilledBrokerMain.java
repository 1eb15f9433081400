// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.nio.file.Path;

/** The embedded broker as the node configures it, alone in a JVM of its own so that a test can kill it (SIGKILL). */
public final class KilledBrokerMain {

    private KilledBrokerMain() {}

    /** Arguments: MQTT port, data folder. Prints READY once the broker listens. */
    public static void main(String[] args) throws Exception {
        EmbeddedBroker broker =
                new EmbeddedBroker(BrokerSettings.loopback(Integer.parseInt(args[0]), Path.of(args[1])));
        broker.start();
        System.out.println("READY");
        Thread.currentThread().join();
    }
}
