// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.BaseIdInfo;
import io.objectbus.component.enocean.frame.CommonCommand;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.LearnModeInfo;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.frame.Response;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.frame.VersionInfo;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.component.enocean.sim.RockerSwitch;
import io.objectbus.component.enocean.sim.SwitchActuator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes with the {@code enocean:} URI against the simulated gateway on 127.0.0.1 and a port chosen at run time. */
class EnoceanRouteTest {

    private GatewaySimulator site;
    private CamelContext camel;
    private ProducerTemplate template;
    private String uri;
    private final List<Message> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = DefaultSite.start(0, 0);
        uri = "enocean:tcp:127.0.0.1:" + site.port();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "?reconnectDelay=50&dedupWindow=2000")
                        .routeId("adapter-enocean-test")
                        .process(e -> received.add(e.getIn().copy()));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        await().atMost(Duration.ofSeconds(5)).until(() -> site.clients() == 1);
    }

    @AfterEach
    void stop() {
        camel.stop();
        site.close();
    }

    private Message awaitTelegramFrom(int sender) {
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream()
                .anyMatch(m -> m.getBody(Erp1Telegram.class).senderId() == sender));
        return received.stream()
                .filter(m -> m.getBody(Erp1Telegram.class).senderId() == sender)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRockerPressArrivesAsATelegramWithHeaders() {
        RockerSwitch rocker = (RockerSwitch) site.devices().get(0);
        site.emit(rocker.press(2));
        Message m = awaitTelegramFrom(rocker.id());
        assertEquals("002A1001", m.getHeader(EnoceanConstants.SENDER_ID));
        assertEquals("F6", m.getHeader(EnoceanConstants.RORG));
        assertEquals(PacketType.RADIO_ERP1.name(), m.getHeader(EnoceanConstants.PACKET_TYPE));
        assertEquals(-60, m.getHeader(EnoceanConstants.DBM));
        assertEquals(0x50, m.getBody(Erp1Telegram.class).userData()[0] & 0xFF);
    }

    @Test
    void repeatedCopiesOfOneEventArriveOnce() {
        Erp1Telegram original = new Erp1Telegram(Rorg.BS1, new byte[] {0x09}, 0x0182AAAA, 0x00, 1, -1, -70, 0);
        Erp1Telegram repeated = new Erp1Telegram(Rorg.BS1, new byte[] {0x09}, 0x0182AAAA, 0x01, 1, -1, -80, 0);
        Erp1Telegram next = new Erp1Telegram(Rorg.BS1, new byte[] {0x08}, 0x0182AAAA, 0x00, 1, -1, -70, 0);
        site.emit(original);
        site.emit(repeated);
        site.emit(next);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 2);
        site.emit(site.devices().get(1).telegram());
        awaitTelegramFrom(site.devices().get(1).id());
        assertEquals(3, received.size(), "original, next and the marker telegram; the repeated copy is dropped");
    }

    @Test
    void theProducerReadsTheBaseIdWithTheCommandOption() {
        Object body = template.requestBody(uri + "?command=CO_RD_IDBASE", (Object) null);
        BaseIdInfo info = assertInstanceOf(BaseIdInfo.class, body);
        assertEquals(DefaultSite.BASE_ID, info.baseId());
        assertEquals(1, site.clients(), "consumer and producer share one connection");
    }

    @Test
    void theProducerReadsTheVersionWithTheCommandHeader() {
        Object body = template.requestBodyAndHeader(uri, null, EnoceanConstants.COMMAND, "CO_RD_VERSION");
        VersionInfo version = assertInstanceOf(VersionInfo.class, body);
        assertEquals("2.11.1.0", version.appVersion());
        assertEquals("GATEWAYSIM", version.description());
    }

    @Test
    void learnModeIsSwitchedOnAndReadBack() {
        Object ack = template.requestBody(uri, CommonCommand.writeLearnMode(true, 0));
        assertTrue(assertInstanceOf(Response.class, ack).ok());
        Object state = template.requestBody(uri, CommonCommand.readLearnMode());
        assertTrue(assertInstanceOf(LearnModeInfo.class, state).enabled());
        assertTrue(site.learnMode());
    }

    @Test
    void anUnsupportedCommandFailsTheExchangeWithTheReturnCode() {
        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                CamelExecutionException.class, () -> template.requestBody(uri + "?command=CO_WR_SLEEP", (Object) null));
        EnoceanException cause = assertInstanceOf(EnoceanException.class, e.getCause());
        assertTrue(cause.getMessage().contains("RET_NOT_SUPPORTED"), cause.getMessage());
    }

    @Test
    void aSwitchActuatorTurnsOnAndConfirmsWithItsStatus() {
        SwitchActuator actuator = (SwitchActuator) site.devices().get(4);
        int sender = DefaultSite.BASE_ID + 1;
        Erp1Telegram setOutput = Erp1Telegram.addressed(Rorg.VLD, new byte[] {0x01, 0x00, 0x64}, sender, actuator.id());
        Object ack = template.requestBody(uri, setOutput);
        assertTrue(assertInstanceOf(Response.class, ack).ok());
        Message status = awaitTelegramFrom(actuator.id());
        byte[] data = status.getBody(Erp1Telegram.class).userData();
        assertEquals(0x04, data[0] & 0x0F, "actuator status response");
        assertEquals(100, data[2] & 0x7F);
        assertEquals(100, actuator.output(0));
        assertEquals(0, actuator.output(1));
        assertEquals("FF8A5601", status.getHeader(EnoceanConstants.DESTINATION_ID));
    }

    @Test
    void aHexBodyWithRorgHeaderIsSentAsATelegram() {
        template.requestBodyAndHeaders(
                uri + "?senderId=FF8A5602",
                "03 1E",
                Map.of(EnoceanConstants.RORG, "D2", EnoceanConstants.DESTINATION_ID, "01940005"));
        Message status = awaitTelegramFrom(site.devices().get(4).id());
        assertEquals("FF8A5602", status.getHeader(EnoceanConstants.DESTINATION_ID));
        assertTrue(site.received().stream().anyMatch(p -> p.is(PacketType.RADIO_ERP1)));
    }

    @Test
    void aConsumerRouteMaySendThroughItsOwnGateway() throws Exception {
        List<Object> answers = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "?deduplicate=false")
                        .routeId("adapter-enocean-answer")
                        .setBody(constant((Object) null))
                        .to(uri + "?command=CO_RD_IDBASE&responseTimeout=2000")
                        .process(e -> answers.add(e.getIn().getBody()));
            }
        });
        site.emit(site.devices().get(1).telegram());
        await().atMost(Duration.ofSeconds(5)).until(() -> !answers.isEmpty());
        assertInstanceOf(BaseIdInfo.class, answers.get(0));
    }

    @Test
    void gatewayEventsArriveWhenIncluded() throws Exception {
        List<Message> events = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "?includeEvents=true")
                        .routeId("adapter-enocean-events")
                        .process(e -> events.add(e.getIn().copy()));
            }
        });
        site.emitRaw(io.objectbus.component.enocean.frame.Esp3Packet.Serializer.encode(
                io.objectbus.component.enocean.frame.Event.Serializer.encode(
                        new io.objectbus.component.enocean.frame.Event(0x04, new byte[] {0x00}, null))));
        await().atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        assertEquals("CO_READY", events.get(0).getHeader(EnoceanConstants.EVENT_CODE));
        assertTrue(received.isEmpty(), "the consumer without includeEvents ignores events");
    }
}
