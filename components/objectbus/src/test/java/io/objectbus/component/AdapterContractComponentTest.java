// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static io.objectbus.component.Schemas.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract on the bus: an adapter route reports its connection with objectbus:connection, and the writes
 * of the objects it describes go to the write endpoint it named, not to an owner registry.
 */
class AdapterContractComponentTest {

    private static final List<WriteCommand> APPLIED = new CopyOnWriteArrayList<>();

    private static BusFixture node;
    private static Paho5Probe client;
    private static WriteClient writer;
    private static ProducerTemplate adapter;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("contract", c -> {}, adapters());
        client = new Paho5Probe(node.url(), "contract-watcher");
        client.subscribe("ob/v1/contract/#", 0);
        writer = new WriteClient(node.url(), "contract-writer");
        adapter = node.camel.createProducerTemplate();
        adapter.sendBodyAndHeader(
                "direct:plc", Json.MAPPER.writeValueAsString(Rooms.room("plc-1", "hall")), "step", "describe");
        adapter.sendBodyAndHeader("direct:plc", Map.of("temperature", 20.5), "step", "publish");
        adapter.sendBodyAndHeader("direct:plc", "up", "step", "connection");
    }

    @AfterAll
    static void stopNode() throws Exception {
        writer.close();
        client.close();
        node.close();
    }

    @Test
    void theConnectionIsAnObjectOfTheRouteWithStateReasonAndSince() throws Exception {
        Received info = client.await(r -> r.topic().equals(node.topic("plc-link/$info")) && r.payload().length > 0);
        assertValid("object-info", info);
        JsonNode descriptor = Json.parse(info.payload());
        assertThat(descriptor.get("type").asText()).isEqualTo("connection");
        assertThat(descriptor.get("protocol").asText()).isEqualTo("test");
        assertThat(descriptor.get("resources").get("state").get("enum").toString())
                .isEqualTo("[\"connecting\",\"up\",\"down\"]");
        Received state = client.awaitOn(node.topic("plc-link/state"), "\"up\"");
        assertValid("value", state);
        assertValid("value", client.awaitOn(node.topic("plc-link/since")));
        assertValid("value", client.awaitOn(node.topic("plc-link/reason")));
    }

    @Test
    void aConnectionDownTurnsTheRoutesOtherObjectsStaleAndTheirNextValuesGood() {
        client.awaitOn(node.topic("plc-link/state"), "\"up\"");
        adapter.sendBodyAndHeaders(
                "direct:plc", "down", Map.of("step", "connection", "ObjectBusReason", "PLC unreachable"));
        Received stale = client.await(r ->
                r.topic().equals(node.topic("plc-1/temperature")) && r.text().contains("\"q\":\"stale\""));
        assertThat(stale.text()).contains("PLC unreachable");
        Received down = client.awaitOn(node.topic("plc-link/state"), "\"down\"");
        assertThat(down.text()).contains("\"q\":\"good\"");
        client.awaitOn(node.topic("plc-link/reason"), "PLC unreachable");

        // A reason that comes with up is not shown: the reason says why a connection is not up.
        adapter.sendBodyAndHeaders(
                "direct:plc", "up", Map.of("step", "connection", "ObjectBusReason", "heard from 10.0.0.7"));
        client.awaitOn(node.topic("plc-link/reason"), "\"v\":\"\"");
        adapter.sendBodyAndHeader("direct:plc", Map.of("temperature", 20.7), "step", "publish");
        client.await(r -> r.topic().equals(node.topic("plc-1/temperature"))
                && r.text().contains("20.7")
                && r.text().contains("\"q\":\"good\""));
    }

    @Test
    void aConnectionStateThatIsNoneOfTheThreeIsRejectedOnErrors() {
        Exchange done = adapter.request("direct:plc", e -> {
            e.getMessage().setBody("sideways");
            e.getMessage().setHeader("step", "connection");
        });
        client.await(r -> r.topic().equals(node.topic("$errors")) && r.text().contains("sideways"));
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(ObjectBusConstants.REJECTED)).isEqualTo(1);
    }

    @Test
    void aWriteGoesToTheWriteEndpointTheDescribingRouteNamedAndIsApplied() throws Exception {
        client.awaitOn(node.topic("plc-1/$info"));
        JsonNode reply = writer.write(node.topic("plc-1/setpoint/$set"), "{\"v\":22.5,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("applied");
        assertThat(APPLIED).anySatisfy(c -> {
            assertThat(c.objectId()).isEqualTo("plc-1");
            assertThat(c.value()).isEqualTo(22.5);
        });
    }

    @Test
    void aWriteTheWriteEndpointRefusesFailsWithItsReasonAndIsUndone() throws Exception {
        client.awaitOn(node.topic("plc-1/$info"));
        JsonNode reply = writer.write(node.topic("plc-1/mode/$set"), "{\"v\":\"off\",\"p\":9}");
        assertThat(reply.get("status").asText()).isEqualTo("failed");
        assertThat(reply.get("reason").asText()).contains("mode off refused by the PLC");
        assertThat(reply.get("effective").get("v").asText()).isEqualTo("comfort");
    }

    private static RouteBuilder adapters() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // spotless:off
                from("direct:plc").routeId("adapter-test-plc")
                    .choice()
                        .when(header("step").isEqualTo("describe"))
                            .to("objectbus:describe?writeUri=RAW(direct:plc-write?timeout=5000)")
                        .when(header("step").isEqualTo("publish"))
                            .to("objectbus:publish?object=plc-1")
                        .otherwise()
                            .to("objectbus:connection?object=plc-link&protocol=test")
                    .end();
                from("direct:plc-write").routeId("adapter-test-plc-writes")
                    .process(e -> {
                        WriteCommand command = e.getMessage().getBody(WriteCommand.class);
                        if ("off".equals(command.value())) {
                            throw new IllegalStateException("mode off refused by the PLC");
                        }
                        APPLIED.add(command);
                    });
                // spotless:on
            }
        };
    }
}
