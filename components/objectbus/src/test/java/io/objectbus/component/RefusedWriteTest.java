// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.testing.Paho5Probe;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write the device refuses, through the adapter's write kamelet, is that write's failure and not the adapter's: the
 * adapter's values stay good.
 */
class RefusedWriteTest {

    private static BusFixture node;
    private static Paho5Probe client;
    private static WriteClient writer;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("refused", c -> {});
        // Added to the running node, as a route file is: the write kamelet's route is then the adapter's.
        node.camel.addRoutes(adapters());
        client = new Paho5Probe(node.url(), "refused-watcher");
        client.subscribe("ob/v1/refused/#", 1);
        writer = new WriteClient(node.url(), "refused-writer");
        ProducerTemplate adapter = node.camel.createProducerTemplate();
        adapter.sendBody("direct:adapter", Json.MAPPER.writeValueAsString(Rooms.room("r-1", "hall")));
        adapter.sendBodyAndHeader("direct:adapter", Map.of("temperature", 20.5), "step", "publish");
    }

    @AfterAll
    static void stopNode() throws Exception {
        writer.close();
        client.close();
        node.close();
    }

    @Test
    void aWriteTheWriteKameletRefusesFailsWithItsReasonAndTheAdaptersValuesStayGood() throws Exception {
        client.awaitOn(node.topic("r-1/temperature"), "\"q\":\"good\"");
        JsonNode reply = writer.write(node.topic("r-1/mode/$set"), "{\"v\":\"off\"}");
        assertThat(reply.get("status").asText()).isEqualTo("failed");
        assertThat(reply.get("reason").asText()).isEqualTo("mode off refused by the device");
        // The next write is through: anything the refusal did to the values has arrived by now.
        assertThat(writer.write(node.topic("r-1/mode/$set"), "{\"v\":\"eco\"}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        assertThat(client.on(node.topic("r-1/temperature")))
                .noneMatch(r -> r.text().contains("stale"));
    }

    private static RouteBuilder adapters() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                routeTemplate("refusing-write")
                        .templateParameter("name")
                        .from("kamelet:source")
                        .process(e -> {
                            WriteCommand command = e.getMessage().getBody(WriteCommand.class);
                            if ("off".equals(command.value())) {
                                throw new IllegalStateException("mode off refused by the device");
                            }
                        });
                from("direct:adapter")
                        .routeId("adapter-r")
                        .choice()
                        .when(header("step").isEqualTo("publish"))
                        .to("objectbus:publish?object=r-1")
                        .otherwise()
                        .to("objectbus:describe?writeUri=RAW(kamelet:refusing-write?name=r)");
            }
        };
    }
}
