// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What every test MQTT client offers: it records what arrives and lets a test await it. */
public abstract class MqttProbe implements AutoCloseable {

    protected final List<Received> received = new CopyOnWriteArrayList<>();

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> on(String topic) {
        return received.stream().filter(r -> r.topic().equals(topic)).collect(Collectors.toList());
    }

    public void clear() {
        received.clear();
    }

    /** Waits for a message that satisfies the condition and returns the first such. */
    public Received await(Predicate<Received> condition) {
        return await(condition, Duration.ofSeconds(10));
    }

    public Received await(Predicate<Received> condition, Duration timeout) {
        return org.awaitility.Awaitility.await()
                .atMost(timeout)
                .until(() -> received.stream().filter(condition).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    public Received awaitOn(String topic) {
        return await(r -> r.topic().equals(topic));
    }

    public Received awaitOn(String topic, String contains) {
        return await(r -> r.topic().equals(topic) && r.text().contains(contains));
    }

    public abstract void subscribe(String filter, int qos) throws Exception;

    public abstract void publish(String topic, String payload, int qos, boolean retained) throws Exception;

    @Override
    public abstract void close();
}
