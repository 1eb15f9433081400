// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.BusFixture;
import io.objectbus.component.WriteClient;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.LogCapture;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node with the OPC UA adapter attached to a real Milo server: browse, mapping, values and writes. */
class OpcUaAdapterTest {

    private static final String BOILER = "ob/v1/n1/plant-Boiler1/";
    private static final String PUMP = "ob/v1/n1/plant-Line1-Pump1/";

    private static TestServer server;
    /** The server of the adapter plant-2, whose name begins with plant's. */
    private static TestServer other;

    private static BusFixture node;
    private static Paho5Probe watcher;
    private static WriteClient writer;
    private static LogCapture log;

    @BeforeAll
    static void start() throws Exception {
        log = LogCapture.attach();
        server = TestServer.start(FreePorts.next(), false);
        other = TestServer.start(FreePorts.next(), false);
        node = BusFixture.start("n1", component -> {});
        Adapters.add(
                node.camel,
                "plant",
                server.url(),
                Map.of("roots", "nsu=" + PlantNamespace.URI + ";s=Plant", "writable", "true"));
        watcher = new Paho5Probe(node.url(), "watcher");
        watcher.subscribe("ob/v1/n1/#", 0);
        writer = new WriteClient(node.url(), "writer");
    }

    @AfterAll
    static void stop() throws Exception {
        writer.close();
        watcher.close();
        node.close();
        server.close();
        other.close();
        log.close();
    }

    @Test
    void aBrowseDescribesObjectsWithUnitsRangesAndWritability() throws Exception {
        JsonNode boiler = json(watcher.awaitOn(BOILER + "$info"));
        assertThat(boiler.path("name").asText()).isEqualTo("Boiler 1");
        assertThat(boiler.path("protocol").asText()).isEqualTo("opcua");
        assertThat(boiler.path("address").asText()).isEqualTo("nsu=" + PlantNamespace.URI + ";s=Plant/Boiler1");
        JsonNode resources = boiler.path("resources");
        assertThat(resources.path("Temperature").path("type").asText()).isEqualTo("number");
        assertThat(resources.path("Temperature").path("unit").asText()).isEqualTo("Cel");
        assertThat(resources.path("Temperature").path("min").asDouble()).isEqualTo(0.0);
        assertThat(resources.path("Temperature").path("max").asDouble()).isEqualTo(120.0);
        assertThat(resources.path("Temperature").path("writable").asBoolean()).isFalse();
        assertThat(resources.path("Setpoint").path("writable").asBoolean()).isTrue();
        assertThat(resources.path("Counter").path("type").asText()).isEqualTo("integer");
        assertThat(resources.path("Running").path("type").asText()).isEqualTo("boolean");
        assertThat(resources.path("Mode").path("type").asText()).isEqualTo("string");
        assertThat(resources.path("Mode").path("description").asText()).isEqualTo("the mode");
        assertThat(resources.has("Samples")).as("arrays have no bus type").isFalse();
        JsonNode pump = json(watcher.awaitOn(PUMP + "$info"));
        assertThat(pump.path("resources").path("Speed").path("writable").asBoolean())
                .isTrue();
    }

    @Test
    void valuesArriveLiveWithTheirSourceTimestamps() {
        Received first = watcher.awaitOn(BOILER + "Temperature", "\"q\":\"good\"");
        Received later = watcher.await(r -> r.topic().equals(BOILER + "Temperature")
                && !json(r).path("v").equals(json(first).path("v")));
        assertThat(json(later).path("u").asText()).isEqualTo("Cel");
        Instant ts = Instant.parse(json(later).path("ts").asText());
        assertThat(ts).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
        watcher.awaitOn(BOILER + "Counter");
        watcher.awaitOn(BOILER + "Running");
        watcher.awaitOn(BOILER + "Mode");
    }

    @Test
    void aBusWriteIsWrittenToTheServer() throws Exception {
        awaitDescribed();
        JsonNode reply = writer.write(BOILER + "Setpoint/$set", "{\"v\":55.5,\"p\":8}");
        assertThat(reply.path("status").asText()).isEqualTo("applied");
        await().until(() -> Double.valueOf(55.5).equals(server.plant().value("Setpoint")));
        watcher.awaitOn(BOILER + "Setpoint", "\"v\":55.5");
    }

    @Test
    void anAdapterWhoseNameBeginsWithAnothersGetsOnlyItsOwnWrites() throws Exception {
        Adapters.add(
                node.camel,
                "plant-2",
                other.url(),
                Map.of("roots", "nsu=" + PlantNamespace.URI + ";s=Plant", "writable", "true"));
        watcher.awaitOn("ob/v1/n1/plant-2-Boiler1/$info");
        awaitDescribed();
        JsonNode toOther = writer.write("ob/v1/n1/plant-2-Boiler1/Setpoint/$set", "{\"v\":66.5,\"p\":8}");
        assertThat(toOther.path("status").asText()).isEqualTo("applied");
        assertThat(other.plant().value("Setpoint")).isEqualTo(66.5);
        assertThat(server.plant().value("Setpoint")).isNotEqualTo(66.5);
        JsonNode toPlant = writer.write(BOILER + "Setpoint/$set", "{\"v\":77.5,\"p\":8}");
        assertThat(toPlant.path("status").asText()).isEqualTo("applied");
        assertThat(server.plant().value("Setpoint")).isEqualTo(77.5);
        assertThat(other.plant().value("Setpoint")).isEqualTo(66.5);
    }

    @Test
    void theServerBrowsedIsTheAdaptersConnectionUp() throws Exception {
        JsonNode connection = json(watcher.awaitOn("ob/v1/n1/opcua-plant/$info"));
        assertThat(connection.path("type").asText()).isEqualTo("connection");
        assertThat(connection.path("protocol").asText()).isEqualTo("opcua");
        watcher.awaitOn("ob/v1/n1/opcua-plant/state", "\"v\":\"up\"");
    }

    @Test
    void aWriteTheServerRefusesFailsWithItsStatusCode() throws Exception {
        awaitDescribed();
        JsonNode reply = writer.write(BOILER + "Setpoint/$set", "{\"v\":" + PlantNamespace.REFUSED_SETPOINT + "}");
        assertThat(reply.path("status").asText()).isEqualTo("failed");
        assertThat(reply.path("reason").asText())
                .contains("plant-Boiler1/Setpoint")
                .contains("Bad_DeviceFailure (0x808B0000)");
    }

    @Test
    void aRefusedWriteLeavesTheAdaptersValuesGood() throws Exception {
        awaitDescribed();
        JsonNode refused = writer.write(BOILER + "Setpoint/$set", "{\"v\":" + PlantNamespace.REFUSED_SETPOINT + "}");
        assertThat(refused.path("status").asText()).isEqualTo("failed");
        // A later write's value comes after anything the refused one caused.
        assertThat(writer.write(BOILER + "Setpoint/$set", "{\"v\":42.25}")
                        .path("status")
                        .asText())
                .isEqualTo("applied");
        watcher.awaitOn(BOILER + "Setpoint", "\"v\":42.25");
        assertThat(watcher.received()).noneMatch(r -> r.text().contains("route adapter-opcua-plant failed"));
    }

    @Test
    void aWriteOfTheWrongTypeIsRejectedAndReportedOnErrors() throws Exception {
        awaitDescribed();
        JsonNode reply = writer.write(BOILER + "Setpoint/$set", "{\"v\":\"hot\"}");
        assertThat(reply.path("status").asText()).isEqualTo("rejected");
        assertThat(reply.path("reason").asText()).contains("expected a number");
        watcher.awaitOn("ob/v1/n1/$errors", "expected a number");
    }

    @Test
    void aWriteBeyondTheRangeOfAnInt32IsRejectedBeforeTheServer() throws Exception {
        awaitDescribed();
        JsonNode reply = writer.write(PUMP + "Speed/$set", "{\"v\":3000000000}");
        assertThat(reply.path("status").asText()).isEqualTo("rejected");
        assertThat(reply.path("reason").asText()).contains("outside");
        assertThat(server.plant().value("Speed")).isEqualTo(1500);
    }

    @Test
    void aBadStatusCodeBecomesBadQualityWithTheCodeAsReason() {
        watcher.awaitOn(PUMP + "Speed", "\"q\":\"good\"");
        server.plant().setStatus("Speed", StatusCodes.Bad_SensorFailure);
        try {
            Received bad = watcher.awaitOn(PUMP + "Speed", "\"q\":\"bad\"");
            assertThat(json(bad).path("r").asText()).isEqualTo("Bad_SensorFailure (0x808C0000)");
        } finally {
            server.plant().set("Speed", 1500);
        }
        watcher.await(
                r -> r.topic().equals(PUMP + "Speed")
                        && r.text().contains("\"q\":\"good\"")
                        && r.text().contains("1500")
                        && watcher.received().indexOf(r) > 0,
                Duration.ofSeconds(10));
    }

    /** A browse on demand reaches the route; objects it finds unchanged are not published again. */
    @Test
    void aBrowseOnDemandBrowsesAgainAndRepublishesNothingUnchanged() {
        awaitDescribed();
        long before = watcher.on(BOILER + "$info").size();
        org.apache.camel.builder.NotifyBuilder browsed = new org.apache.camel.builder.NotifyBuilder(node.camel)
                .fromRoute("adapter-opcua-plant")
                .filter(org.apache.camel.builder.Builder.header("OpcUaEvent").isEqualTo("browsed"))
                .whenDone(1)
                .create();
        node.camel.createProducerTemplate().sendBody("opcua:plant?operation=browse", null);
        assertThat(browsed.matches(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(watcher.on(BOILER + "$info")).hasSize((int) before);
    }

    @Test
    void theAdapterHasItsRouteAndAWriteRouteOfItsOwn() {
        assertThat(node.camel.getRoute("adapter-opcua-plant")).isNotNull();
        assertThat(node.camel.getRoutes()).anyMatch(route -> route.getRouteId().startsWith("opcua-write-"));
    }

    @Test
    void theDeadbandHoldsBackSmallChangesOfNumbersOnly() throws Exception {
        // Temperature moves by 0.5 every 100 ms, Running flips every 200 ms: a deadband of 100 stops the first only.
        Adapters.add(
                node.camel,
                "calm",
                server.url(),
                Map.of("roots", "nsu=" + PlantNamespace.URI + ";s=Plant", "deadband", "100"));
        String calm = "ob/v1/n1/calm-Boiler1/";
        watcher.awaitOn(calm + "Temperature");
        await().until(() -> watcher.on(calm + "Running").size() >= 4);
        assertThat(watcher.on(calm + "Temperature")).hasSize(1);
    }

    @Test
    void anUnreachableEndpointIsAClearErrorAndTheNodeRunsOn() throws Exception {
        String nowhere = "opc.tcp://127.0.0.1:" + FreePorts.next() + "/nowhere";
        Adapters.add(node.camel, "nowhere", nowhere, Map.of());
        await().until(() -> log.contains("ERROR", "adapter nowhere", "cannot connect to " + nowhere, "refused"));
        assertThat(node.camel
                        .getRouteController()
                        .getRouteStatus("adapter-opcua-nowhere")
                        .isStarted())
                .isTrue();
        awaitNewValue(BOILER + "Temperature");
    }

    @Test
    void aBrowseRootThatDoesNotExistIsAClearError() throws Exception {
        String missing = "nsu=" + PlantNamespace.URI + ";s=NoSuchFolder";
        Adapters.add(node.camel, "ghost", server.url(), Map.of("roots", missing));
        await().until(() -> log.contains("ERROR", "adapter ghost", "browse root " + missing + " does not exist"));
        awaitNewValue(BOILER + "Temperature");
        assertThat(watcher.received()).noneMatch(r -> r.topic().startsWith("ob/v1/n1/ghost-"));
    }

    private static void awaitNewValue(String topic) {
        int before = watcher.on(topic).size();
        await().until(() -> watcher.on(topic).size() > before);
    }

    private static void awaitDescribed() {
        watcher.awaitOn(BOILER + "$info");
        watcher.awaitOn(PUMP + "$info");
    }

    private static JsonNode json(Received received) {
        try {
            return Json.parse(received.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
