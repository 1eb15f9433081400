// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.WriteClient;
import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.SwitchActuator;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.transforms.enocean.EepActuator;
import io.objectbus.transforms.enocean.EepId;
import io.objectbus.transforms.enocean.EepRegistry;
import io.objectbus.transforms.enocean.EepResult;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bus writes as actuator telegrams from the gateway's base ID range, with the outcome the profile can confirm. */
class EnoceanActuatorTest {

    private static final int CENTRAL_COMMAND_SENDER = DefaultSite.BASE_ID + 10;
    private static EnoceanSite site;
    private WriteClient writer;

    @BeforeAll
    static void start() throws Exception {
        site = EnoceanSite.start(
                "actuators",
                Map.of(
                        "devices",
                        """
                        01940005, D2-01-12, name=Office lights
                        0194DEAD, D2-01-00, name=Switch out of reach
                        01A53808, A5-38-08, name=Corridor relay, offset=10
                        0180AA01, A5-20-01, name=Radiator valve
                        """,
                        "confirmTimeout",
                        "500",
                        "learnModeTimeout",
                        "1"));
        await().until(() -> site.gateway.clients() == 1);
        await().until(() -> site.node.camel.getRoute(EnoceanSite.ROUTE_ID) != null);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @BeforeEach
    void connect() throws Exception {
        writer = new WriteClient(site.url(), "writer-" + System.nanoTime());
    }

    @AfterEach
    void disconnect() {
        writer.close();
    }

    private JsonNode write(String objectResource, String payload) throws Exception {
        return writer.write(site.topic(objectResource + "/$set"), payload);
    }

    private static Erp1Telegram awaitSent(Predicate<Erp1Telegram> which) {
        return await().until(() -> site.sent().stream().filter(which).reduce((a, b) -> b), Optional::isPresent)
                .orElseThrow();
    }

    private static String hex(byte[] data) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data);
    }

    @Test
    void aD201WriteIsAppliedWhenTheActuatorConfirmsItWithItsStatus() throws Exception {
        SwitchActuator lights = (SwitchActuator) site.gateway.devices().get(4);
        try (Paho5Probe probe = new Paho5Probe(site.url(), "lights-" + System.nanoTime())) {
            probe.subscribe(site.topic("enocean-01940005/output1"), 1);
            JsonNode reply = write("enocean-01940005/output1", "{\"v\":40,\"p\":8}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
            assertThat(lights.output(1)).isEqualTo(40);
            probe.awaitOn(site.topic("enocean-01940005/output1"), "\"v\":40.0");
        }
        // EEP 2.6 D2-01 CMD 1: DV 0 / I/O 1 / OV 40, addressed to the actuator from the gateway's base ID range.
        Erp1Telegram command = awaitSent(t -> t.destinationId() == 0x01940005 && t.userData()[0] == 0x01);
        assertThat(hex(command.userData())).isEqualTo("01 01 28");
        assertThat(command.senderId() - DefaultSite.BASE_ID).isBetween(1, 127);
        // Relinquishing the only level falls back to the relinquish default: off.
        assertThat(write("enocean-01940005/output1", "{\"v\":null,\"p\":8}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        assertThat(lights.output(1)).isZero();
    }

    @Test
    void anAppliedD201WriteAsksForThePowerWhichTheBusThenShows() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(site.url(), "power-" + System.nanoTime())) {
            probe.subscribe(site.topic("enocean-01940005/power1"), 1);
            assertThat(write("enocean-01940005/output1", "{\"v\":70,\"p\":8}")
                            .get("status")
                            .asText())
                    .isEqualTo("applied");
            // EEP 2.6 D2-01 CMD 6: QU 1 (power) / I/O 1, addressed to the actuator.
            Erp1Telegram query = awaitSent(t -> t.destinationId() == 0x01940005 && t.userData()[0] == 0x06);
            assertThat(hex(query.userData())).isEqualTo("06 21");
            // The actuator's CMD 7 answer: UN 3 (W) / I/O 1 / 60 W.
            byte[] answer = {0x67, 0x01, 0, 0, 0, 0x3C};
            site.gateway.emit(new Erp1Telegram(Rorg.VLD, answer, 0x01940005, 0, 1, query.senderId(), -50, 0));
            probe.awaitOn(site.topic("enocean-01940005/power1"), "\"v\":60.0");
        }
    }

    @Test
    void aD201ActuatorThatNeverAnswersTimesOut() throws Exception {
        JsonNode reply = write("enocean-0194dead/output", "{\"v\":100,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("timeout");
        assertThat(awaitSent(t -> t.destinationId() == 0x0194DEAD).userData()).containsExactly(0x01, 0x00, 0x64);
    }

    @Test
    void aValueOutsideTheOutputRangeIsRejectedBeforeAnythingIsSent() throws Exception {
        JsonNode reply = write("enocean-01940005/output", "{\"v\":150,\"p\":8}");
        assertThat(reply.get("status").asText()).isEqualTo("rejected");
        assertThat(site.sent()).noneMatch(t -> t.userData().length == 3 && (t.userData()[2] & 0xFF) == 150);
    }

    @Test
    void aCentralCommandIsSentFromTheSenderIdTheActuatorWasTaughtWith() throws Exception {
        assertThat(write("enocean-01a53808/switch", "{\"v\":true,\"p\":8}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        // EEP 2.6 A5-38-08 CMD 1 switching: DB3 = 1, DB0 = LRN | SW.
        Erp1Telegram on = awaitSent(t -> t.senderId() == CENTRAL_COMMAND_SENDER && t.userData()[0] == 1);
        assertThat(hex(on.userData())).isEqualTo("01 00 00 09");
        assertThat(on.destinationId()).isEqualTo(EnoceanIds.BROADCAST);
        assertThat(write("enocean-01a53808/dim-value", "{\"v\":50,\"p\":8}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        // CMD 2 dimming: DB2 dim value 50 %, DB1 ramp 0, DB0 = LRN | SW.
        Erp1Telegram dim = awaitSent(t -> t.senderId() == CENTRAL_COMMAND_SENDER && t.userData()[0] == 2);
        assertThat(hex(dim.userData())).isEqualTo("02 32 00 09");
        assertThat(write("enocean-01a53808/teach-in", "{\"v\":true,\"ttl\":1}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        Erp1Telegram teachIn = awaitSent(t -> t.senderId() == CENTRAL_COMMAND_SENDER && (t.userData()[3] & 0x08) == 0);
        assertThat(teachIn.userData()[0] & 0xFF).isEqualTo(0x38 << 2);
    }

    @Test
    void aValveSetPointIsAppliedAtOnceAndSentAtTheValvesNextWakeUp() throws Exception {
        assertThat(write("enocean-0180aa01/temperature-set-point", "{\"v\":21.0,\"p\":8}")
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        EepActuator valve =
                EepRegistry.standard().actuator(EepId.parse("A5-20-01")).orElseThrow();
        Predicate<Erp1Telegram> setPoint = t -> t.rorg() == Rorg.BS4
                && t.senderId() != CENTRAL_COMMAND_SENDER
                && valve.decodeCommand(t.userData()).get("temperatureSetPoint").isPresent();
        assertThat(site.sent()).noneMatch(setPoint);
        // The valve wakes: position 50 %, 20 °C (EEP 2.6 A5-20-01 direction 1), and listens for its answer.
        site.gateway.emit(
                new Erp1Telegram(Rorg.BS4, new byte[] {0x32, 0x00, (byte) 0x80, 0x08}, 0x0180AA01, 0, 1, -1, -70, 0));
        Erp1Telegram answer = awaitSent(setPoint);
        EepResult command = valve.decodeCommand(answer.userData());
        assertThat((Double) command.value("temperatureSetPoint")).isBetween(20.8, 21.2);
        assertThat(answer.senderId() - DefaultSite.BASE_ID).isBetween(1, 127);
    }

    @Test
    void learnModeSwitchesItselfOffAfterItsTimeout() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(site.url(), "learn-" + System.nanoTime())) {
            probe.subscribe(site.topic("enocean-gateway/learn-mode"), 1);
            probe.awaitOn(site.topic("enocean-gateway/learn-mode"), "\"v\":false");
            probe.clear();
            assertThat(write("enocean-gateway/learn-mode", "{\"v\":true,\"ttl\":30}")
                            .get("status")
                            .asText())
                    .isEqualTo("applied");
            probe.awaitOn(site.topic("enocean-gateway/learn-mode"), "\"v\":true");
            probe.awaitOn(site.topic("enocean-gateway/learn-mode"), "\"v\":false");
        }
    }
}
