// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.awaitility.Awaitility.await;

import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;

/** A client of a live/backup pair, as a site's clients are: it lists both members and keeps its session. */
final class PairClient {

    private PairClient() {}

    /** Connects to whichever member of the pair listens: Paho tries the addresses in turn. */
    static Paho5Probe connect(int primary, int backup, String clientId) throws Exception {
        return new Paho5Probe(url(primary), clientId, options(primary, backup));
    }

    /** As a client does after losing its broker: again and again until one of the addresses answers. */
    static Paho5Probe reconnect(int primary, int backup, String clientId, Duration bound) {
        return await().atMost(bound)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> connect(primary, backup, clientId), probe -> true);
    }

    private static MqttConnectionOptions options(int primary, int backup) {
        MqttConnectionOptions options = Paho5Probe.options(false, 3600);
        options.setServerURIs(new String[] {url(primary), url(backup)});
        return options;
    }

    private static String url(int port) {
        return "tcp://127.0.0.1:" + port;
    }
}
