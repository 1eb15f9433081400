// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** Sends MQTT 5 write requests and collects the replies of each. */
public final class WriteClient implements AutoCloseable {

    private final Paho5Probe probe;
    private final AtomicInteger counter = new AtomicInteger();

    public WriteClient(String url, String clientId) throws Exception {
        probe = new Paho5Probe(url, clientId);
        probe.subscribe("answers/#", 1);
    }

    /** Sends a write and returns the reply topic its answers arrive on. */
    public String send(String topic, String payload) throws Exception {
        String replyTopic = "answers/" + counter.incrementAndGet();
        probe.request(topic, payload, replyTopic, replyTopic);
        return replyTopic;
    }

    /** Sends a write and waits for its final answer (anything but accepted). */
    public JsonNode write(String topic, String payload) throws Exception {
        String replyTopic = send(topic, payload);
        Received last =
                probe.await(r -> r.topic().equals(replyTopic) && !r.text().contains("\"accepted\""));
        return Json.parse(last.payload());
    }

    public List<Received> answers(String replyTopic) {
        return probe.on(replyTopic);
    }

    public void awaitAnswers(String replyTopic, int count) {
        Awaitility.await().until(() -> probe.on(replyTopic).size() >= count);
    }

    public Paho5Probe probe() {
        return probe;
    }

    @Override
    public void close() {
        probe.close();
    }
}
