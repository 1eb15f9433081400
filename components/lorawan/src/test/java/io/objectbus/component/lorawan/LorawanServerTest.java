// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network server against simulated gateways speaking the packet forwarder protocol over UDP on 127.0.0.1. */
class LorawanServerTest {

    static final String ABP_EUI = "0011223344556677";
    static final String ABP_ADDR = "26011bda";
    static final String NWK = "44024241ed4ce9a68c6a8bc055233fd3";
    static final String APP = "ec925802ae430ca77fd3dd73cb2cc588";
    static final String OTAA_EUI = "00afee7cf5ed6f1e";
    static final String JOIN_EUI = "70b3d57ed00000dc";
    static final String APP_KEY = "b6b53f4a168a7a88bdf7ea135ce9cfca";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private final List<Exchange> events = new CopyOnWriteArrayList<>();
    private final List<SimulatedGateway> gateways = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @AfterEach
    void stop() throws Exception {
        gateways.forEach(SimulatedGateway::close);
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void anUplinkHeardThroughAGatewayArrivesDecryptedWithItsRadioMetadata() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway gateway = gateway("aa555a0000000001");

        gateway.hear(device.uplink(2, "21.5".getBytes(StandardCharsets.US_ASCII), false), -57, 9.5);

        Exchange uplink = awaitEvent("uplink", 1).get(0);
        assertThat(uplink.getIn().getBody(String.class)).isEqualTo("21.5");
        assertThat(headers(uplink))
                .containsEntry(LorawanConstants.DEV_EUI, ABP_EUI)
                .containsEntry(LorawanConstants.DEV_ADDR, ABP_ADDR)
                .containsEntry(LorawanConstants.FCNT, 0L)
                .containsEntry(LorawanConstants.FPORT, 2)
                .containsEntry(LorawanConstants.GATEWAY_EUI, "aa555a0000000001")
                .containsEntry(LorawanConstants.RSSI, -57)
                .containsEntry(LorawanConstants.SNR, 9.5)
                .containsEntry(LorawanConstants.FREQUENCY, 868.1)
                .containsEntry(LorawanConstants.DATA_RATE, "SF7BW125");
        assertThat(gateway.acks()).isPositive();
    }

    @Test
    void aFrameHeardByTwoGatewaysIsDeliveredOnceWithTheBestRssi() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway near = gateway("aa555a0000000001");
        SimulatedGateway far = gateway("aa555a0000000002");

        byte[] frame = device.uplink(1, new byte[] {1}, false);
        far.hear(frame, -110, -3.0);
        near.hear(frame, -60, 8.0);
        gateway("aa555a0000000003").hear(device.uplink(1, new byte[] {2}, false), -90, 1.0);

        List<Exchange> uplinks = awaitEvent("uplink", 2);
        assertThat(headers(uplinks.get(0)))
                .containsEntry(LorawanConstants.GATEWAY_EUI, "aa555a0000000001")
                .containsEntry(LorawanConstants.RSSI, -60)
                .containsEntry(LorawanConstants.GATEWAY_COUNT, 2);
        assertThat(headers(uplinks.get(1))).containsEntry(LorawanConstants.FCNT, 1L);
        assertThat(events(UPLINK)).hasSize(2);
    }

    @Test
    void aReplayedFrameIsRefusedWithItsReasonAndGatewayAndCountedOnTheGateway() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway gateway = gateway("aa555a0000000001");
        byte[] frame = device.uplink(1, new byte[] {1}, false);
        gateway.hear(frame, -60, 8.0);
        awaitEvent("uplink", 1);

        gateway.hear(frame, -60, 8.0);

        Exchange error = awaitEvent("error", 1).get(0);
        assertThat(headers(error).get(LorawanConstants.REASON).toString()).contains("replayed");
        assertThat(headers(error))
                .containsEntry(LorawanConstants.GATEWAY_EUI, "aa555a0000000001")
                .containsEntry(LorawanConstants.ERROR_COUNT, 1L);
        assertThat(events(UPLINK)).hasSize(1);
    }

    @Test
    void theCounterRollsOverFrom0xFFFFTo0x10000() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway gateway = gateway("aa555a0000000001");
        device.nextFCnt(0xFFFF);
        gateway.hear(device.uplink(1, new byte[] {1}, false), -60, 8.0);
        awaitEvent("uplink", 1);

        gateway.hear(device.uplink(1, new byte[] {2}, false), -60, 8.0);

        assertThat(headers(awaitEvent("uplink", 2).get(1))).containsEntry(LorawanConstants.FCNT, 0x10000L);
    }

    @Test
    void wrongMicUnknownDevAddrTruncatedFramesAndGarbageGoToErrorsAndNothingElseIsDisturbed() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedDevice stranger = SimulatedDevice.abp("0102030405060708", "26000001", NWK, APP);
        SimulatedDevice forger = SimulatedDevice.abp(ABP_EUI, ABP_ADDR, APP, APP);
        SimulatedGateway gateway = gateway("aa555a0000000001");

        gateway.hear(forger.uplink(1, new byte[] {9}, false), -60, 8.0);
        gateway.hear(stranger.uplink(1, new byte[] {9}, false), -60, 8.0);
        gateway.hear(new byte[] {0x40, 1, 2, 3}, -60, 8.0);
        gateway.sendRaw("hello".getBytes(StandardCharsets.US_ASCII));
        gateway.push("{not json");
        gateway.hear(device.uplink(1, new byte[] {1}, false), -60, 8.0);

        List<Exchange> errors = awaitEvent("error", 5);
        assertThat(errors)
                .extracting(e -> e.getIn().getHeader(LorawanConstants.REASON, String.class))
                .anySatisfy(r -> assertThat(r).contains("wrong MIC"))
                .anySatisfy(r -> assertThat(r).contains("unknown DevAddr 26000001"))
                .anySatisfy(r -> assertThat(r).contains("truncated"))
                .anySatisfy(r -> assertThat(r).contains("not a packet forwarder datagram"))
                .anySatisfy(r -> assertThat(r).contains("JSON"));
        assertThat(awaitEvent("uplink", 1).get(0).getIn().getBody(byte[].class)).containsExactly(1);
    }

    @Test
    void aDeviceJoinsOverTheAirInTheJoinAcceptWindowAndItsSessionSurvivesARestart() throws Exception {
        start(OTAA);
        SimulatedDevice device = SimulatedDevice.otaa(OTAA_EUI, JOIN_EUI, APP_KEY);
        SimulatedGateway gateway = gateway("aa555a0000000001");
        gateway.add(device);

        byte[] join = device.joinRequest();
        gateway.hear(join, -70, 5.0);

        await().atMost(WAIT).until(device::joined);
        Exchange joined = awaitEvent("join", 1).get(0);
        assertThat(headers(joined)).containsEntry(LorawanConstants.DEV_EUI, OTAA_EUI);
        assertThat(gateway.txpks().get(0)).contains("\"imme\":false", "\"freq\":868.1", "\"ipol\":true");

        camel.close();
        events.clear();
        gateway.close();
        start(OTAA);
        SimulatedGateway again = gateway("aa555a0000000001");
        again.hear(device.uplink(1, "hi".getBytes(StandardCharsets.US_ASCII), false), -70, 5.0);
        assertThat(awaitEvent("uplink", 1).get(0).getIn().getBody(String.class)).isEqualTo("hi");

        again.hear(join, -70, 5.0);
        assertThat(awaitEvent("error", 1).get(0).getIn().getHeader(LorawanConstants.REASON, String.class))
                .contains("replayed DevNonce");
    }

    @Test
    void aDownlinkIsSentAfterTheDevicesNextUplinkAndAConfirmedOneIsAcknowledgedByTheOneAfter() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway gateway = gateway("aa555a0000000001");
        gateway.add(device);
        await().atMost(WAIT).until(() -> !events(GATEWAY).isEmpty());

        var unconfirmed = camel.createProducerTemplate()
                .asyncRequestBodyAndHeader("lorawan:site", new byte[] {0x01}, LorawanConstants.DEV_EUI, ABP_EUI);
        untilTheDeviceHasReceived(1, device, gateway);
        assertThat(unconfirmed.get(30, TimeUnit.SECONDS)).isNotNull();
        var confirmed = camel.createProducerTemplate()
                .asyncRequestBodyAndHeaders(
                        "lorawan:site",
                        "0203",
                        Map.of(LorawanConstants.DEV_EUI, ABP_EUI, LorawanConstants.CONFIRMED, true));
        untilTheDeviceHasReceived(2, device, gateway);
        assertThat(confirmed).isNotDone();
        receiveWindowsClose();

        gateway.hear(device.uplink(1, new byte[] {3}, false), -60, 8.0);

        confirmed.get(30, TimeUnit.SECONDS);
        assertThat(device.downlinks().get(1)).containsExactly(2, 3);
    }

    @Test
    void aConfirmedDownlinkTheDeviceDoesNotAcknowledgeFailsWithTheReason() throws Exception {
        start("");
        SimulatedDevice device = abpDevice();
        SimulatedGateway gateway = gateway("aa555a0000000001");
        await().atMost(WAIT).until(() -> !events(GATEWAY).isEmpty());
        var confirmed = camel.createProducerTemplate()
                .asyncRequestBodyAndHeaders(
                        "lorawan:site",
                        "02",
                        Map.of(LorawanConstants.DEV_EUI, ABP_EUI, LorawanConstants.CONFIRMED, true));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(1300)).until(() -> {
            if (gateway.txpks().isEmpty()) {
                gateway.hear(device.uplink(1, new byte[] {1}, false), -60, 8.0);
            }
            return !gateway.txpks().isEmpty();
        });
        receiveWindowsClose();
        gateway.hear(device.uplink(1, new byte[] {2}, false), -60, 8.0);

        assertThatThrownBy(() -> camel.createProducerTemplate().extractFutureBody(confirmed, Object.class))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseMessage("not acknowledged: the device's next uplink had no ACK");
    }

    @Test
    void aGatewayIsUpWhileItPullsAndDownAfterASilence() throws Exception {
        start("&gatewayTimeout=1500");
        SimulatedGateway gateway = gateway("aa555a0000000001");
        await().atMost(WAIT).until(() -> events(GATEWAY).size() == 1);

        gateway.silence();

        await().atMost(WAIT).until(() -> events(GATEWAY).size() == 2);
        assertThat(events(GATEWAY))
                .extracting(e -> e.getIn().getBody(String.class))
                .containsExactly("up", "down");
        assertThat(events(GATEWAY).get(1).getIn().getHeader(LorawanConstants.REASON, String.class))
                .contains("no PULL_DATA");
    }

    @Test
    void aSecondServerOfTheSameNameOrATakenPortFailsToStart() throws Exception {
        start("");
        int port = ((LorawanConsumer) camel.getRoute("lorawan").getConsumer()).port();
        CamelContext other = new DefaultCamelContext();
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lorawan:other?host=127.0.0.1&port=" + port).to("log:x");
            }
        });
        assertThatThrownBy(other::start).hasMessageContaining("cannot bind UDP 127.0.0.1:" + port);
        other.close();
    }

    private static final String UPLINK = "uplink";
    private static final String GATEWAY = "gateway";
    private static final String OTAA = "&otaaDevices=" + OTAA_EUI + "," + JOIN_EUI + "," + APP_KEY;

    private void start(String options) throws Exception {
        camel = new DefaultCamelContext();
        String file = data.resolve("sessions.json").toString();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lorawan:site?host=127.0.0.1&port=0&deduplicationWindow=300&sessionFile=" + file + "&abpDevices="
                                + ABP_EUI + "," + ABP_ADDR + "," + NWK + "," + APP + options)
                        .routeId("lorawan")
                        .process(events::add);
            }
        });
        camel.start();
    }

    private SimulatedGateway gateway(String eui) throws Exception {
        int port = ((LorawanConsumer) camel.getRoute("lorawan").getConsumer()).port();
        SimulatedGateway gateway = new SimulatedGateway(eui, new InetSocketAddress("127.0.0.1", port), 500);
        gateways.add(gateway);
        return gateway;
    }

    /** Uplinks, a receive window apart, until the device got its count of downlinks (one queued meanwhile). */
    private static void untilTheDeviceHasReceived(int count, SimulatedDevice device, SimulatedGateway gateway) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(1300)).until(() -> {
            if (device.downlinks().size() < count) {
                gateway.hear(device.uplink(1, new byte[] {1}, false), -60, 8.0);
            }
            return device.downlinks().size() >= count;
        });
    }

    /** A class A device sends nothing before its receive windows (RX1 1 s after an uplink) are over. */
    private static void receiveWindowsClose() {
        await().pollDelay(Duration.ofMillis(1300)).atMost(WAIT).until(() -> true);
    }

    private static SimulatedDevice abpDevice() {
        return SimulatedDevice.abp(ABP_EUI, ABP_ADDR, NWK, APP);
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

    private static Map<String, Object> headers(Exchange e) {
        return e.getIn().getHeaders();
    }
}
