// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.model.CovPolicy;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeOfValueTest {

    private BusFixture node;
    private Paho5Probe watcher;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start(
                "n1",
                c -> c.setCovByResource(Map.of(
                        "temperature", "deadband=0.5",
                        "humidity", "deadband-percent=10",
                        "co2", "min-interval=300ms",
                        "power", "max-interval=200ms")));
        node.bus().describe(sensor("s1", null));
        watcher = new Paho5Probe(node.url(), "cov-watcher");
        watcher.subscribe("ob/v1/n1/s1/+", 0);
    }

    @AfterEach
    void stopNode() throws Exception {
        watcher.close();
        node.close();
    }

    @Test
    void aChangeWithinTheAbsoluteDeadbandIsNotPublished() {
        report("temperature", 20.0, 20.3, 20.6);
        watcher.awaitOn(node.topic("s1/temperature"), "\"v\":20.6");
        assertThat(values("temperature")).containsExactly(20.0, 20.6);
    }

    @Test
    void aChangeWithinThePercentDeadbandIsNotPublished() {
        report("humidity", 50.0, 54.0, 56.0);
        watcher.awaitOn(node.topic("s1/humidity"), "\"v\":56.0");
        assertThat(values("humidity")).containsExactly(50.0, 56.0);
    }

    @Test
    void changesWithinTheMinimumIntervalAreHeldAndTheLatestIsPublishedWhenItEnds() {
        report("co2", 400.0, 450.0, 500.0);
        Received last = watcher.awaitOn(node.topic("s1/co2"), "\"v\":500.0");
        assertThat(values("co2")).containsExactly(400.0, 500.0);
        assertThat(last.text()).contains("\"q\":\"good\"");
    }

    @Test
    void aSilentResourceIsPublishedAgainAfterTheMaximumInterval() {
        report("power", 1200.0);
        await().atMost(Duration.ofSeconds(5)).until(() -> values("power").size() >= 3);
        assertThat(values("power")).containsOnly(1200.0);
    }

    @Test
    void theObjectsOwnPolicyOverridesTheResourcePolicy() {
        node.bus().describe(sensor("s2", new CovPolicy(2.0, null, null, null)));
        node.bus().report("s2", "temperature", Sample.good(20.0, Instant.now()));
        node.bus().report("s2", "temperature", Sample.good(21.0, Instant.now()));
        node.bus().report("s2", "temperature", Sample.good(22.5, Instant.now()));
        try (Paho5Probe late = probe("late-s2")) {
            late.subscribe("ob/v1/n1/s2/temperature", 0);
            late.awaitOn(node.topic("s2/temperature"), "\"v\":22.5");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPublicationCarriesTheNextSequenceNumberOfTheNode() {
        report("temperature", 10.0, 11.0, 12.0);
        report("humidity", 30.0, 40.0);
        await().until(() -> valuesReceived().size() >= 5);
        List<Long> seqs =
                valuesReceived().stream().map(r -> json(r).get("seq").asLong()).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
        }
    }

    @Test
    void aStaleMarkRepublishesEveryValueAsStaleWithItsReason() {
        report("temperature", 21.0);
        watcher.awaitOn(node.topic("s1/temperature"));
        node.camel.createProducerTemplate().sendBody("objectbus:stale?object=s1", "gateway offline");
        Received stale = watcher.awaitOn(node.topic("s1/temperature"), "\"q\":\"stale\"");
        assertThat(json(stale).get("r").asText()).isEqualTo("gateway offline");
        assertThat(json(stale).get("v").asDouble()).isEqualTo(21.0);
        report("temperature", 21.0);
        watcher.awaitOn(node.topic("s1/temperature"), "\"q\":\"good\"");
    }

    @Test
    void aReadingOutsideTheRangeIsKeptAsUncertain() throws Exception {
        node.bus().describe(Rooms.room("r9", "floor-1"));
        node.bus().report("r9", "humidity", Sample.good(104.0, Instant.now()));
        try (Paho5Probe probe = probe("range-watcher")) {
            probe.subscribe("ob/v1/n1/r9/humidity", 0);
            Received value = probe.awaitOn(node.topic("r9/humidity"), "\"v\":104.0");
            assertThat(json(value).get("q").asText()).isEqualTo("uncertain");
            assertThat(json(value).get("r").asText()).isEqualTo("value 104.0 is outside [0.0, 100.0]");
        }
    }

    @Test
    void anObjectSilentPastItsStaleAfterTurnsStale() {
        ObjectDescriptor quiet = new ObjectDescriptor(
                "quiet",
                "Quiet",
                "sensor",
                "sim",
                null,
                null,
                null,
                Map.of("temperature", ResourceDescriptor.number("Cel")),
                1);
        node.bus().describe(quiet);
        node.bus().report("quiet", "temperature", Sample.good(19.0, Instant.now()));
        try (Paho5Probe probe = probe("quiet-watcher")) {
            probe.subscribe("ob/v1/n1/quiet/temperature", 0);
            Received stale = probe.awaitOn(node.topic("quiet/temperature"), "\"q\":\"stale\"");
            assertThat(json(stale).get("r").asText()).isEqualTo("no report for 1 s");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Received> valuesReceived() {
        return watcher.received().stream()
                .filter(r -> !r.topic().endsWith("$info") && !r.retained())
                .toList();
    }

    private Paho5Probe probe(String id) throws Exception {
        return new Paho5Probe(node.url(), id);
    }

    private void report(String resource, double... values) {
        for (double v : values) {
            node.bus().report("s1", resource, Sample.good(v, Instant.now()));
        }
    }

    private List<Double> values(String resource) {
        // Live publications only: the current state handed to the new subscription may arrive after them.
        return watcher.on(node.topic("s1/" + resource)).stream()
                .filter(r -> !r.retained())
                .map(r -> json(r).get("v").asDouble())
                .toList();
    }

    private static JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectDescriptor sensor(String id, CovPolicy temperaturePolicy) {
        return new ObjectDescriptor(
                id,
                "Sensor " + id,
                "sensor",
                "sim",
                null,
                null,
                null,
                Map.of(
                        "temperature", ResourceDescriptor.number("Cel").withCov(temperaturePolicy),
                        "humidity", ResourceDescriptor.number("%RH"),
                        "co2", ResourceDescriptor.number("ppm"),
                        "power", ResourceDescriptor.number("W")),
                0);
    }
}
