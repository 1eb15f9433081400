// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The contract every adapter keeps (docs/decisions/0005-adapter-shape.md), checked against the adapter's simulated
 * peer in a node of this JVM that reloads its route folder: the adapter's file dropped, its peer lost and back, a
 * write applied and a bad one rejected, the file deleted. The steps run in order on one node and one peer. An adapter's
 * test extends this class and says what its file, its peer and its objects are; where the peer can refuse a write,
 * it implements {@link PeerRefusals} too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class AdapterContractTest {
    /** The id of the node under test: its topics are {@code ob/v1/contract/...}. */
    protected static final String NODE = "contract";

    private static final String FILE = "adapter-under-test.camel.yaml";

    /** A write a subclass sends: to {@code object}/{@code resource}/$set, with the JSON {@code payload}. */
    public record Write(String object, String resource, String payload) {}

    private Path routes;

    private Main main;
    private Bus bus;
    private Set<String> routesBefore;
    private List<String> fileRoutes = List.of();

    /** The adapter's route file, as a user writes it. */
    protected abstract String adapterFile();

    /** Starts the simulated peer, before the node. */
    protected abstract void startPeer() throws Exception;

    /** Takes the peer away as a power cut or a pulled cable does. */
    protected abstract void killPeer() throws Exception;

    /** Brings the peer back after {@link #killPeer()}. */
    protected abstract void restorePeer() throws Exception;

    /** Stops the peer for good, after the node. */
    protected abstract void stopPeer() throws Exception;

    /** An object of the peer with a value that goes stale and good again. */
    protected abstract String watchedObject();

    /** The resource of {@link #watchedObject()} whose quality is watched. */
    protected abstract String watchedResource();

    /** The adapter's connection object, or null where the adapter has none. */
    protected abstract String connectionObject();

    /** Whether the connection is to the peer (down when it is lost), or to something else (a socket) that stays up. */
    protected abstract boolean connectionFollowsPeer();

    /** A write the peer applies. */
    protected abstract Write goodWrite();

    /** Whether the peer holds the value of {@link #goodWrite()} now. */
    protected abstract boolean peerHoldsTheGoodWrite();

    /** A write the bus rejects before the adapter sees it: a value of the wrong type. */
    protected abstract Write badWrite();

    /** The kamelet that takes the adapter's writes: its route comes and goes with the file. */
    protected abstract String writeKamelet();

    /**
     * Called once the node runs, before the adapter's file is dropped: for a peer that lives on the node's own broker
     * (an MQTT device connects to it).
     */
    protected void nodeStarted(String brokerUri) throws Exception {}

    /** Settings of the node beyond those of the kit (its MQTT port, data, route folder). */
    protected Map<String, String> nodeSettings() {
        return Map.of();
    }

    @BeforeAll
    void startNodeAndPeer() throws Exception {
        startPeer();
        Path data = Files.createDirectories(Path.of("target", "test-data"));
        routes = Files.createTempDirectory(data, "contract-routes-");
        int port = FreePorts.next();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("camel.component.objectbus.node-id", NODE);
        settings.put("objectbus.broker.mqtt-port", String.valueOf(port));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", "target/test-data/contract-" + System.nanoTime());
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", routes.toString());
        settings.put("objectbus.routes.reload", "true");
        settings.putAll(nodeSettings());
        main = NodeMain.create(settings);
        main.start();
        nodeStarted("tcp://127.0.0.1:" + port);
        bus = new Bus("tcp://127.0.0.1:" + port, NODE);
        routesBefore = routeIds();
    }

    @AfterAll
    void stopNodeAndPeer() throws Exception {
        try {
            if (bus != null) {
                bus.close();
            }
            if (main != null) {
                main.stop();
            }
        } finally {
            stopPeer();
        }
    }

    @Test
    @Order(1)
    void aDroppedFileBringsTheAdaptersObjectsOnTheBusWithItsConnectionUp() throws Exception {
        Files.writeString(routes.resolve(FILE), adapterFile());
        bus.awaitAfter(0, watchedObject() + "/$info", "\"id\":\"" + watchedObject() + "\"");
        bus.awaitAfter(0, watchedObject() + "/" + watchedResource(), "\"q\":\"good\"");
        if (connectionObject() != null) {
            bus.awaitAfter(0, connectionObject() + "/$info", "\"id\":\"" + connectionObject() + "\"");
            bus.awaitAfter(0, connectionObject() + "/state", "\"v\":\"up\"");
        }
        assertThat(bus.discovered()).contains(watchedObject());
        fileRoutes =
                routeIds().stream().filter(id -> !routesBefore.contains(id)).toList();
        assertThat(fileRoutes).as("the file's routes").anyMatch(id -> id.startsWith(writeKamelet() + "-"));
    }

    @Test
    @Order(2)
    void aLostPeerTurnsTheValuesStaleAndTheConnectionDownWhereItIsToThePeer() throws Exception {
        int mark = bus.mark();
        killPeer();
        bus.awaitAfter(mark, watchedObject() + "/" + watchedResource(), "\"q\":\"stale\"");
        if (connectionObject() == null) {
            return;
        }
        if (connectionFollowsPeer()) {
            bus.awaitAfter(mark, connectionObject() + "/state", "\"v\":\"down\"");
        } else {
            assertThat(bus.after(mark, connectionObject() + "/state")).noneMatch(t -> t.contains("\"v\":\"down\""));
        }
    }

    @Test
    @Order(3)
    void aPeerBackTurnsTheValuesGoodAndTheConnectionUp() throws Exception {
        int mark = bus.mark();
        restorePeer();
        bus.awaitAfter(mark, watchedObject() + "/" + watchedResource(), "\"q\":\"good\"");
        if (connectionObject() != null && connectionFollowsPeer()) {
            bus.awaitAfter(mark, connectionObject() + "/state", "\"v\":\"up\"");
        }
    }

    @Test
    @Order(4)
    void aWriteIsAppliedByThePeer() throws Exception {
        JsonNode reply = write(goodWrite());
        assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("applied");
        await().atMost(Duration.ofSeconds(30)).until(this::peerHoldsTheGoodWrite);
    }

    @Test
    @Order(5)
    void aWriteOfTheWrongTypeIsRejectedByTheBus() throws Exception {
        JsonNode reply = write(badWrite());
        assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("rejected");
        assertThat(reply.path("reason").asText()).isNotBlank();
    }

    @Test
    @Order(7)
    void anEditedFileBringsTheAdapterBackWithItsOwnWriteRoute() throws Exception {
        int mark = bus.mark();
        Files.writeString(routes.resolve(FILE), adapterFile() + "# edited\n");
        bus.awaitAfter(mark, watchedObject() + "/$info", "\"id\":\"" + watchedObject() + "\"");
        bus.awaitAfter(mark, watchedObject() + "/" + watchedResource(), "\"q\":\"good\"");
        JsonNode reply = write(goodWrite());
        assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("applied");
        fileRoutes =
                routeIds().stream().filter(id -> !routesBefore.contains(id)).toList();
    }

    @Test
    @Order(9)
    void aDeletedFileTakesTheObjectsTheConnectionAndTheWriteRouteOffTheBus() throws Exception {
        int mark = bus.mark();
        Files.delete(routes.resolve(FILE));
        bus.awaitEmptiedAfter(mark, watchedObject());
        if (connectionObject() != null) {
            bus.awaitEmptiedAfter(mark, connectionObject());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fileRoutes.stream().noneMatch(routeIds()::contains));
        assertThat(bus.discovered()).doesNotContain(watchedObject(), connectionObject());
        assertThat(write(goodWrite()).path("status").asText()).isEqualTo("rejected");
    }

    /** Sends a write and returns its final answer (anything but accepted). */
    public JsonNode write(Write write) throws Exception {
        return bus.write(write.object() + "/" + write.resource() + "/$set", write.payload());
    }

    /** How many messages the kit's client has had so far. */
    public int mark() {
        return bus.mark();
    }

    /** Waits for a message after the mark on the node's topic {@code rest} (after its prefix) with every fragment. */
    public String awaitAfter(int mark, String rest, String... fragments) {
        return bus.awaitAfter(mark, rest, fragments).text();
    }

    /** The values of the watched resource that arrived after the mark. */
    public List<String> watchedValuesAfter(int mark) {
        return bus.after(mark, watchedObject() + "/" + watchedResource());
    }

    private Set<String> routeIds() {
        return main.getCamelContext().getRoutes().stream()
                .map(Route::getRouteId)
                .collect(Collectors.toSet());
    }
}
