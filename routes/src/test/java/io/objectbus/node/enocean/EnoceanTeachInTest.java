// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.WriteClient;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.SwitchActuator;
import io.objectbus.component.enocean.sim.TemperatureHumiditySensor;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import io.objectbus.transforms.enocean.EepId;
import io.objectbus.transforms.enocean.FourBsTeachIn;
import io.objectbus.transforms.enocean.UteResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Learn mode on the gateway object, 4BS and UTE teach-in end to end, and taught-in devices across a restart. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnoceanTeachInTest {

    private static EnoceanSite site;

    @BeforeAll
    static void start() throws Exception {
        site = EnoceanSite.start("teachin", Map.of());
        await().until(() -> site.gateway.clients() == 1);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    /** Writes learn mode at priority 8; "stored" when it already had that value there. */
    private static void learnMode(boolean on) throws Exception {
        try (WriteClient writer = new WriteClient(site.url(), "learn-" + System.nanoTime())) {
            JsonNode reply = writer.write(site.topic("enocean-gateway/learn-mode/$set"), "{\"v\":" + on + ",\"p\":8}");
            assertThat(reply.get("status").asText()).isIn("applied", "stored");
        }
    }

    private static Paho5Probe watch(String filter) throws Exception {
        Paho5Probe probe = new Paho5Probe(site.url(), "watch-" + System.nanoTime());
        probe.subscribe(site.topic(filter), 1);
        return probe;
    }

    @Test
    @Order(1)
    void aSensorTaughtInWith4bsInLearnModeAppearsWithItsProfile() throws Exception {
        learnMode(true);
        TemperatureHumiditySensor sensor = new TemperatureHumiditySensor(0x0181AAAA);
        try (Paho5Probe probe = watch("#")) {
            probe.awaitOn(site.topic("enocean-gateway/learn-mode"), "\"v\":true");
            site.gateway.emit(sensor.teachIn().orElseThrow());
            JsonNode info = json(probe.awaitOn(site.topic("enocean-0181aaaa/$info")));
            assertThat(info.get("type").asText()).isEqualTo("temperature-humidity-sensor");
            assertThat(info.get("tags").toString()).contains("A5-04-01");
            assertThat(info.get("resources").get("humidity").get("unit").asText())
                    .isEqualTo("%RH");
            JsonNode event = json(probe.awaitOn(site.topic("enocean-gateway/$event"), "taught-in"));
            assertThat(event.get("object").asText()).isEqualTo("enocean-0181aaaa");
            sensor.set(23.04, 60);
            site.gateway.emit(sensor.telegram());
            probe.awaitOn(site.topic("enocean-0181aaaa/temperature"), "\"v\":23.04");
            probe.awaitOn(site.topic("enocean-gateway/devices"), "\"v\":1");
        }
    }

    @Test
    @Order(2)
    void aVldActuatorTaughtInWithUteGetsItsResponseAndAppears() throws Exception {
        learnMode(true);
        SwitchActuator actuator = new SwitchActuator(0x0194BBBB, 2);
        site.gateway.add(actuator);
        try (Paho5Probe probe = watch("enocean-0194bbbb/$info")) {
            site.gateway.emit(actuator.teachIn().orElseThrow());
            JsonNode info = json(probe.awaitOn(site.topic("enocean-0194bbbb/$info")));
            assertThat(info.get("resources").get("output1").get("writable").asBoolean())
                    .isTrue();
        }
        // EEP 2.6 clause 3.4: the response is addressed to the device, from the ID it will be commanded from.
        Erp1Telegram response = await().until(
                        () -> site.sent().stream()
                                .filter(t -> t.rorg() == Rorg.UTE && t.destinationId() == 0x0194BBBB)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        UteResponse ute = UteResponse.Serializer.decode(response.userData()).orElseThrow();
        assertThat(ute.result()).isEqualTo(UteResponse.Result.TEACH_IN_ACCEPTED);
        assertThat(ute.eep()).isEqualTo(EepId.parse("D2-01-12"));
        assertThat(response.senderId() - DefaultSite.BASE_ID).isBetween(1, 127);
        try (WriteClient writer = new WriteClient(site.url(), "switch-" + System.nanoTime())) {
            JsonNode reply = writer.write(site.topic("enocean-0194bbbb/output1/$set"), "{\"v\":70,\"p\":8}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
        }
        assertThat(actuator.output(1)).isEqualTo(70);
    }

    @Test
    @Order(3)
    void outsideLearnModeATeachInIsReportedAndNotAdded() throws Exception {
        learnMode(false);
        try (Paho5Probe probe = watch("enocean-gateway/$event")) {
            byte[] query = FourBsTeachIn.Serializer.encode(FourBsTeachIn.query(EepId.parse("A5-02-05"), 0x7FF))
                    .data();
            site.gateway.emit(Erp1Telegram.outgoing(Rorg.BS4, query, 0x0181DDDD));
            JsonNode event = json(probe.awaitOn(site.topic("enocean-gateway/$event"), "0181DDDD"));
            assertThat(event.get("event").asText()).isEqualTo("unknown-sender");
            assertThat(event.get("eep").asText()).isEqualTo("A5-02-05");
        }
        assertThat(site.node.bus().knows("enocean-0181dddd")).isFalse();
    }

    @Test
    @Order(4)
    void taughtInDevicesSurviveARestartOfTheNode() throws Exception {
        assertThat(Files.readString(site.deviceFile)).contains("0181AAAA", "0194BBBB", "teach-in");
        site.restart(Map.of());
        await().until(() ->
                site.node.bus().knows("enocean-0181aaaa") && site.node.bus().knows("enocean-0194bbbb"));
        try (Paho5Probe probe = watch("#")) {
            JsonNode info = json(probe.awaitOn(site.topic("enocean-0181aaaa/$info")));
            assertThat(info.get("type").asText()).isEqualTo("temperature-humidity-sensor");
            probe.awaitOn(site.topic("enocean-gateway/devices"), "\"v\":2");
            await().until(() -> site.gateway.clients() == 1);
            TemperatureHumiditySensor sensor = new TemperatureHumiditySensor(0x0181AAAA);
            sensor.set(19.84, 50);
            site.gateway.emit(sensor.telegram());
            probe.awaitOn(site.topic("enocean-0181aaaa/temperature"), "\"v\":19.84");
        }
    }

    private static JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
