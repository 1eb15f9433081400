// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** One node's bus as an MQTT 5 client sees it: everything under the node's topics, discovery and writes. */
final class Bus implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String node;
    private final Paho5Probe probe;
    private final AtomicInteger requests = new AtomicInteger();

    Bus(String url, String node) throws Exception {
        this.node = node;
        probe = new Paho5Probe(url, "contract-" + System.nanoTime());
        probe.subscribe("ob/v1/" + node + "/#", 1);
        probe.subscribe("replies/#", 1);
    }

    /** How many messages arrived so far: later awaits look at those after it only. */
    int mark() {
        return probe.received().size();
    }

    /** The first message on the node's topic {@code rest} after the mark that has every fragment. */
    Received awaitAfter(int mark, String rest, String... fragments) {
        String topic = topic(rest);
        return awaitAfter(mark, r -> r.topic().equals(topic) && containsAll(r.text(), fragments));
    }

    /** The object's $info emptied after the mark: it left the bus. */
    void awaitEmptiedAfter(int mark, String object) {
        String topic = topic(object + "/$info");
        awaitAfter(mark, r -> r.topic().equals(topic) && r.payload().length == 0);
    }

    /** The texts of the messages on the node's topic {@code rest} after the mark. */
    List<String> after(int mark, String rest) {
        String topic = topic(rest);
        return probe.received().stream()
                .skip(mark)
                .filter(r -> r.topic().equals(topic))
                .map(Received::text)
                .toList();
    }

    /** The ids of the objects the node lists on discovery. */
    List<String> discovered() throws Exception {
        String replies = "replies/discover-" + requests.incrementAndGet();
        probe.request(topic("$discover"), "{\"object\":\"*\"}", replies, replies);
        List<String> ids = new ArrayList<>();
        Json.parse(awaitAfter(0, r -> r.topic().equals(replies)).payload())
                .get("objects")
                .forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    /** Sends a write to the node's topic {@code rest} and returns its final answer (anything but accepted). */
    JsonNode write(String rest, String payload) throws Exception {
        String replies = "replies/write-" + requests.incrementAndGet();
        probe.request(topic(rest), payload, replies, replies);
        return Json.parse(
                awaitAfter(0, r -> r.topic().equals(replies) && !r.text().contains("\"accepted\""))
                        .payload());
    }

    private Received awaitAfter(int mark, Predicate<Received> condition) {
        return Awaitility.await()
                .atMost(PATIENCE)
                .until(
                        () -> probe.received().stream()
                                .skip(mark)
                                .filter(condition)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private String topic(String rest) {
        return "ob/v1/" + node + "/" + rest;
    }

    private static boolean containsAll(String text, String... fragments) {
        for (String fragment : fragments) {
            if (!text.contains(fragment)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        probe.close();
    }
}
