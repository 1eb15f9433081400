// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.sim.DaliServerSimulator;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dali: endpoint in a Camel context against the simulated daliserver: headers in, answers and events out. */
class DaliRouteTest {

    private final SimulatedBus bus = new SimulatedBus(3);
    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private DaliServerSimulator server;
    private CamelContext context;
    private ProducerTemplate producer;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        bus.add(new SimulatedGear(5, 1).inGroups(2));
        server = new DaliServerSimulator(bus, 0);
        uri = "dali:daliserver:127.0.0.1:" + server.port() + "?frameGap=2";
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&connectionEvents=true").routeId("dali-events").process(received::add);
            }
        });
        context.start();
        producer = context.createProducerTemplate();
        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                .anyMatch(e -> "up".equals(e.getIn().getHeader(DaliConstants.CONNECTION))));
    }

    @AfterEach
    void stop() throws Exception {
        context.stop();
        server.close();
    }

    private Exchange send(String command, String address, Integer value) {
        return producer.request(uri, e -> e.getIn()
                .setHeaders(new java.util.HashMap<>(Map.of(
                        DaliConstants.COMMAND, command,
                        DaliConstants.ADDRESS, address == null ? "" : address,
                        DaliConstants.VALUE, value == null ? -1 : value))));
    }

    @Test
    void aLevelByHeadersReachesTheGearAndAQueryAnswersWithTheValue() {
        producer.sendBodyAndHeaders(
                uri,
                null,
                Map.of(DaliConstants.COMMAND, "DAPC", DaliConstants.ADDRESS, "A5", DaliConstants.VALUE, 200));
        assertEquals(200, bus.gearAt(5).level());
        Exchange reply = producer.request(uri, e -> e.getIn()
                .setHeaders(new java.util.HashMap<>(
                        Map.of(DaliConstants.COMMAND, "QUERY_ACTUAL_LEVEL", DaliConstants.ADDRESS, "A5"))));
        assertEquals("answer", reply.getMessage().getHeader(DaliConstants.ANSWER));
        assertEquals(200, reply.getMessage().getBody(Integer.class));
        assertEquals(0, reply.getMessage().getHeader(DaliConstants.QUEUE_DEPTH));
    }

    @Test
    void aConfigurationCommandWithAValueSendsDtr0FirstAndGoesTwice() {
        producer.sendBodyAndHeaders(
                uri,
                null,
                Map.of(DaliConstants.COMMAND, "SET_SCENE", DaliConstants.ADDRESS, "G2", DaliConstants.VALUE, 3));
        // Indexed: SET SCENE 3 to group 2 uses DTR0 as the level; here DTR0 is what it was (0).
        assertTrue(bus.log().contains("G2 SET_SCENE 3"));
        producer.sendBodyAndHeaders(
                uri,
                null,
                Map.of(DaliConstants.COMMAND, "SET_MAX_LEVEL", DaliConstants.ADDRESS, "A5", DaliConstants.VALUE, 180));
        assertEquals(
                List.of("DTR0 180", "A5 SET_MAX_LEVEL", "A5 SET_MAX_LEVEL"),
                bus.log().subList(bus.log().size() - 3, bus.log().size()));
    }

    @Test
    void noAnswerHasANullBodyAndABadAddressFailsTheExchangeWithTheRule() {
        Exchange none = producer.request(uri, e -> e.getIn()
                .setHeaders(new java.util.HashMap<>(
                        Map.of(DaliConstants.COMMAND, "QUERY_CONTROL_GEAR_PRESENT", DaliConstants.ADDRESS, "A9"))));
        assertEquals("none", none.getMessage().getHeader(DaliConstants.ANSWER));
        assertNull(none.getMessage().getBody());
        Exchange bad = send("OFF", "A64", null);
        assertTrue(
                bad.getException().getMessage().contains("SHORT address must be 0..63"),
                bad.getException().getMessage());
    }

    @Test
    void anInputDevicesEventComesOutOfTheConsumer() {
        bus.emit(new EventMessage(EventMessage.Scheme.DEVICE, 7, EventMessage.OCCUPANCY_SENSOR, -1, -1, 0b1011));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> received.stream().anyMatch(e -> e.getIn().getBody() instanceof EventMessage));
        Exchange event = received.stream()
                .filter(e -> e.getIn().getBody() instanceof EventMessage)
                .findFirst()
                .orElseThrow();
        assertEquals(7, event.getIn().getHeader(DaliConstants.SHORT_ADDRESS));
        assertEquals(EventMessage.OCCUPANCY_SENSOR, event.getIn().getHeader(DaliConstants.INSTANCE_TYPE));
        assertEquals(0b1011, event.getIn().getBody(EventMessage.class).info());
    }
}
