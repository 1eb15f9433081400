// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QoS 1 message the broker acknowledged (PUBACK) is not lost when the broker's process is killed (SIGKILL) right
 * after: a subscriber with a persistent session gets every acknowledged message once the broker is back on its data.
 */
class AcknowledgedQos1KillTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 3000;
    private static final int IN_FLIGHT = 200;

    @TempDir
    Path data;

    @Test
    void everyMessageAcknowledgedBeforeAKillReachesThePersistentSubscriberAfterTheRestart() throws Exception {
        int port = FreePorts.next();
        String url = "tcp://127.0.0.1:" + port;
        Process broker = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            try (Paho5Probe away = new Paho5Probe(url, "kill-subscriber", false, 3600)) {
                away.subscribe("kill/#", 1);
            }
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            MqttAsyncClient publisher = new MqttAsyncClient(url, "kill-publisher", new MemoryPersistence());
            publisher.connect(Paho5Probe.options(true, 0)).waitForCompletion(30_000);
            Thread publishing = new Thread(() -> publishUntilRefused(publisher, acknowledged, enough));
            publishing.start();
            assertThat(enough.await(120, TimeUnit.SECONDS)).isTrue();
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            publishing.join(TimeUnit.SECONDS.toMillis(60));
            publisher.close(true);
        } finally {
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // Acknowledgements the client read after the kill were sent before it: they count too.
        Set<String> acknowledgedBeforeTheKill = Set.copyOf(acknowledged);

        broker = start(port);
        Set<String> missing;
        try (Paho5Probe back = new Paho5Probe(url, "kill-subscriber", false, 3600)) {
            missing = awaitEvery(acknowledgedBeforeTheKill, back);
        } finally {
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledgedBeforeTheKill).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(new TreeSet<>(missing))
                .as("of %d acknowledged messages, missing after the restart", acknowledgedBeforeTheKill.size())
                .isEmpty();
    }

    /** What of {@code expected} has not arrived when all of it has, or when the wait ends. */
    private static Set<String> awaitEvery(Set<String> expected, Paho5Probe subscriber) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> missing(expected, subscriber)
                    .isEmpty());
        } catch (ConditionTimeoutException e) {
            // the assertion names what is missing
        }
        return missing(expected, subscriber);
    }

    private static Set<String> missing(Set<String> expected, Paho5Probe subscriber) {
        Set<String> missing = new HashSet<>(expected);
        subscriber.received().forEach(r -> missing.remove(r.text()));
        return missing;
    }

    /** Publishes numbered QoS 1 messages, many in flight, until the broker is gone. */
    private static void publishUntilRefused(
            MqttAsyncClient publisher, Set<String> acknowledged, CountDownLatch enough) {
        Semaphore window = new Semaphore(IN_FLIGHT);
        MqttActionListener onPuback = new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                acknowledged.add((String) token.getUserContext());
                enough.countDown();
                window.release();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
                window.release();
            }
        };
        try {
            for (long i = 0; publisher.isConnected(); i++) {
                if (!window.tryAcquire(10, TimeUnit.SECONDS)) {
                    return;
                }
                String number = String.valueOf(i);
                MqttMessage message = new MqttMessage(number.getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                publisher.publish("kill/" + (i % 10), message, number, onPuback);
            }
        } catch (Exception e) {
            // the broker was killed under the publisher
        }
    }

    private Process start(int port) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledBrokerMain.class.getName(),
                        String.valueOf(port),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // the broker's start log
        }
        assertThat(line).as("the broker's process started").isEqualTo("READY");
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return process;
    }
}
