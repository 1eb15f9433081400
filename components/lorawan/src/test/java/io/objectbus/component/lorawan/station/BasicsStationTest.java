// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.lorawan.LorawanConstants;
import io.objectbus.component.lorawan.LorawanConsumer;
import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import io.objectbus.component.lorawan.sim.SimulatedStation;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network server's Basics Station transport against simulated stations on the JDK's WebSocket client, speaking
 * the LNS protocol's JSON (doc.sm.tc/station/tcproto.html; field names as in ChirpStack Gateway Bridge's
 * internal/backend/basicstation/structs) on 127.0.0.1.
 */
class BasicsStationTest {

    private static final String ABP_EUI = "0011223344556677";
    private static final String ABP_ADDR = "26011bda";
    private static final String NWK = "44024241ed4ce9a68c6a8bc055233fd3";
    private static final String APP = "ec925802ae430ca77fd3dd73cb2cc588";
    private static final String OTAA_EUI = "00afee7cf5ed6f1e";
    private static final String JOIN_EUI = "70b3d57ed00000dc";
    private static final String APP_KEY = "b6b53f4a168a7a88bdf7ea135ce9cfca";
    private static final String STATION = "b827ebfffe610f2c";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<Exchange> events = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> peers = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable peer : peers) {
            peer.close();
        }
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void routerInfoTellsAStationTheUriOfItsTrafficEndpointForEachFormOfItsEui() throws Exception {
        start("basics-station");

        JsonNode byId6 = SimulatedStation.routerInfo(stationPort(), "b827:ebff:fe61:f2c");
        JsonNode byDashes = SimulatedStation.routerInfo(stationPort(), "B8-27-EB-FF-FE-61-0F-2C");
        JsonNode byNumber = SimulatedStation.routerInfo(stationPort(), Long.parseUnsignedLong(STATION, 16));

        String traffic = "ws://127.0.0.1:" + stationPort() + "/traffic/" + STATION;
        for (JsonNode answer : List.of(byId6, byDashes, byNumber)) {
            assertThat(answer.path("uri").asText()).isEqualTo(traffic);
            assertThat(answer.path("router").asText()).isEqualTo("b827:ebff:fe61:f2c");
            assertThat(answer.has("muxs")).isTrue();
            assertThat(answer.has("error")).isFalse();
        }
        assertThat(SimulatedStation.routerInfo(stationPort(), "not-an-eui")
                        .path("error")
                        .asText())
                .contains("not a router-info request");
    }

    @Test
    void aStationIsAnsweredItsVersionWithTheEu868RouterConfigAndItsGatewayIsUp() throws Exception {
        start("basics-station");
        SimulatedStation station = station(STATION);

        station.version();

        await().atMost(WAIT).until(() -> !station.received("router_config").isEmpty());
        JsonNode config = station.received("router_config").get(0);
        assertThat(config.path("region").asText()).isEqualTo("EU863");
        assertThat(config.path("freq_range").toString()).isEqualTo("[863000000,870000000]");
        assertThat(config.path("DRs").get(0).toString()).isEqualTo("[12,125,0]");
        assertThat(config.path("DRs").get(5).toString()).isEqualTo("[7,125,0]");
        assertThat(config.path("sx1301_conf")
                        .get(0)
                        .path("chan_multiSF_7")
                        .path("if")
                        .asInt())
                .isZero();
        Exchange up = awaitEvent("gateway", 1).get(0);
        assertThat(up.getIn().getBody(String.class)).isEqualTo("up");
        assertThat(up.getIn().getHeader(LorawanConstants.GATEWAY_EUI)).isEqualTo(STATION);
    }

    @Test
    void aStationsTimesyncIsAnsweredWithItsTxtimeAndTheGpsTimeNow() throws Exception {
        start("basics-station");
        SimulatedStation station = station(STATION);

        // The request of the LNS protocol's "Time synchronization": the station's own time, a float of microseconds.
        station.send("{\"msgtype\":\"timesync\",\"txtime\":1023024197.25}");

        await().atMost(WAIT).until(() -> !station.received("timesync").isEmpty());
        JsonNode answer = station.received("timesync").get(0);
        assertThat(answer.path("txtime").asDouble()).isEqualTo(1023024197.25);
        // GPS time: microseconds since 1980-01-06T00:00:00Z, 18 leap seconds ahead of UTC.
        long expected = (System.currentTimeMillis() - 315_964_800_000L + 18_000L) * 1000L;
        assertThat(answer.path("gpstime").asLong()).isBetween(expected - 60_000_000L, expected + 1_000_000L);
    }

    @Test
    void anAbpUplinkFromAStationArrivesDecryptedWithItsRadioMetadata() throws Exception {
        start("basics-station");
        SimulatedStation station = station(STATION);
        SimulatedDevice device = SimulatedDevice.abp(ABP_EUI, ABP_ADDR, NWK, APP);

        station.updf(device.uplink(2, "21.5".getBytes(StandardCharsets.US_ASCII), false), 1_000_000, 0, -57, 9.5);

        Exchange uplink = awaitEvent("uplink", 1).get(0);
        assertThat(uplink.getIn().getBody(String.class)).isEqualTo("21.5");
        assertThat(uplink.getIn().getHeaders())
                .containsEntry(LorawanConstants.DEV_EUI, ABP_EUI)
                .containsEntry(LorawanConstants.FPORT, 2)
                .containsEntry(LorawanConstants.GATEWAY_EUI, STATION)
                .containsEntry(LorawanConstants.RSSI, -57)
                .containsEntry(LorawanConstants.SNR, 9.5)
                .containsEntry(LorawanConstants.FREQUENCY, 868.1)
                .containsEntry(LorawanConstants.DATA_RATE, "SF7BW125");
    }

    @Test
    void aDeviceJoinsThroughAStationWhichIsGivenTheJoinAcceptAsDnmsgFiveSecondsAfter() throws Exception {
        start("basics-station&otaaDevices=" + OTAA_EUI + "," + JOIN_EUI + "," + APP_KEY);
        SimulatedStation station = station(STATION);
        SimulatedDevice device = SimulatedDevice.otaa(OTAA_EUI, JOIN_EUI, APP_KEY);

        station.jreq(device.joinRequest(), 5_000_000);

        await().atMost(WAIT).until(() -> !station.received("dnmsg").isEmpty());
        JsonNode accept = station.received("dnmsg").get(0);
        assertThat(accept.path("RxDelay").asInt()).isEqualTo(5);
        assertThat(accept.path("xtime").asLong()).isEqualTo(5_000_000);
        assertThat(accept.path("DevEui").asText()).isEqualTo("00-af-ee-7c-f5-ed-6f-1e");
        assertThat(device.receive(HexFormat.of().parseHex(accept.path("pdu").asText())))
                .isTrue();
        assertThat(device.joined()).isTrue();
        assertThat(awaitEvent("join", 1).get(0).getIn().getHeader(LorawanConstants.DEV_EUI))
                .isEqualTo(OTAA_EUI);
    }

    @Test
    void aDownlinkGoesToTheStationAsDnmsgForTheUplinksWindowsAndIsDoneWhenTheStationReportsItSent() throws Exception {
        start("basics-station");
        SimulatedStation station = station(STATION);
        SimulatedDevice device = SimulatedDevice.abp(ABP_EUI, ABP_ADDR, NWK, APP);
        var downlink = camel.createProducerTemplate()
                .asyncRequestBodyAndHeader("lorawan:site", "0a0b", LorawanConstants.DEV_EUI, ABP_EUI);

        station.updf(device.uplink(1, new byte[] {1}, false), 0x0001_0000_2000_0000L, 7, -60, 8.0);

        await().atMost(WAIT).until(() -> !station.received("dnmsg").isEmpty());
        JsonNode dnmsg = station.received("dnmsg").get(0);
        assertThat(dnmsg.path("dC").asInt()).isZero();
        assertThat(dnmsg.path("RxDelay").asInt()).isEqualTo(1);
        assertThat(dnmsg.path("RX1DR").asInt()).isEqualTo(5);
        assertThat(dnmsg.path("RX1Freq").asLong()).isEqualTo(868_100_000L);
        assertThat(dnmsg.path("RX2DR").asInt()).isZero();
        assertThat(dnmsg.path("RX2Freq").asLong()).isEqualTo(869_525_000L);
        assertThat(dnmsg.path("xtime").asLong()).isEqualTo(0x0001_0000_2000_0000L);
        assertThat(dnmsg.path("rctx").asLong()).isEqualTo(7);
        assertThat(device.receive(HexFormat.of().parseHex(dnmsg.path("pdu").asText())))
                .isTrue();
        assertThat(device.downlinks().get(0)).containsExactly(0x0a, 0x0b);
        assertThat(downlink).isNotDone();

        station.dntxed(dnmsg);

        assertThat(downlink.get(30, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void garbageFromOneStationGoesToErrorsWithItsEuiAndNoStationIsDisconnected() throws Exception {
        start("basics-station");
        SimulatedStation bad = station("aa555a0000000001");
        SimulatedStation good = station("aa555a0000000002");
        SimulatedDevice device = SimulatedDevice.abp(ABP_EUI, ABP_ADDR, NWK, APP);

        bad.send("{\"msgtype\":\"updf\",\"MHdr\":");
        bad.send("{\"msgtype\":\"updf\",\"MHdr\":64}");
        bad.send("{\"msgtype\":\"no-such-message\"}");
        good.updf(device.uplink(1, new byte[] {1}, false), 1, 0, -60, 8.0);

        List<Exchange> errors = awaitEvent("error", 3);
        assertThat(errors).allSatisfy(e -> assertThat(e.getIn().getHeader(LorawanConstants.GATEWAY_EUI))
                .isEqualTo("aa555a0000000001"));
        assertThat(errors.get(0).getIn().getHeader(LorawanConstants.REASON, String.class))
                .contains("does not parse");
        assertThat(errors.get(1).getIn().getHeader(LorawanConstants.REASON, String.class))
                .contains("without DevAddr");
        assertThat(errors.get(2).getIn().getHeader(LorawanConstants.REASON, String.class))
                .contains("unknown Basics Station message type 'no-such-message'");
        awaitEvent("uplink", 1);
        bad.updf(device.uplink(1, new byte[] {2}, false), 2, 0, -60, 8.0);
        awaitEvent("uplink", 2);
        assertThat(bad.isClosed()).isFalse();
        assertThat(good.isClosed()).isFalse();
    }

    @Test
    void aStationThatDisconnectsTurnsItsGatewayDown() throws Exception {
        start("basics-station");
        SimulatedStation station = station(STATION);
        awaitEvent("gateway", 1);

        station.close();

        Exchange down = awaitEvent("gateway", 2).get(1);
        assertThat(down.getIn().getBody(String.class)).isEqualTo("down");
        assertThat(down.getIn().getHeader(LorawanConstants.REASON, String.class))
                .startsWith("Basics Station");
    }

    @Test
    void withBothTransportsAFrameHeardByAStationAndAPacketForwarderIsOneUplink() throws Exception {
        start("both&port=0");
        SimulatedStation station = station(STATION);
        int udp = ((LorawanConsumer) camel.getRoute("lorawan").getConsumer()).port();
        SimulatedGateway forwarder =
                new SimulatedGateway("aa555a0000000001", new InetSocketAddress("127.0.0.1", udp), 500);
        peers.add(forwarder);
        SimulatedDevice device = SimulatedDevice.abp(ABP_EUI, ABP_ADDR, NWK, APP);

        byte[] frame = device.uplink(1, new byte[] {1}, false);
        forwarder.hear(frame, -100, 1.0);
        station.updf(frame, 1, 0, -50, 9.0);

        Exchange uplink = awaitEvent("uplink", 1).get(0);
        assertThat(uplink.getIn().getHeaders())
                .containsEntry(LorawanConstants.GATEWAY_COUNT, 2)
                .containsEntry(LorawanConstants.GATEWAY_EUI, STATION);
    }

    private void start(String transport) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lorawan:site?host=127.0.0.1&stationPort=0&deduplicationWindow=300&abpDevices=" + ABP_EUI + ","
                                + ABP_ADDR + "," + NWK + "," + APP + "&transport=" + transport)
                        .routeId("lorawan")
                        .process(events::add);
            }
        });
        camel.start();
    }

    private int stationPort() {
        return ((LorawanConsumer) camel.getRoute("lorawan").getConsumer()).stationPort();
    }

    /** A station that found its traffic endpoint through router-info and connected. */
    private SimulatedStation station(String eui) throws Exception {
        String uri = SimulatedStation.routerInfo(stationPort(), eui).path("uri").asText();
        SimulatedStation station = new SimulatedStation(URI.create(uri));
        peers.add(station);
        return station;
    }

    private List<Exchange> events(String kind) {
        return events.stream()
                .filter(e -> kind.equals(e.getIn().getHeader(LorawanConstants.EVENT)))
                .toList();
    }

    private List<Exchange> awaitEvent(String kind, int count) {
        await().atMost(WAIT).until(() -> events(kind).size() >= count);
        return events(kind);
    }
}
