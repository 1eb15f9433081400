// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.sim.OccupancySensor;
import io.objectbus.component.enocean.sim.RockerSwitch;
import io.objectbus.component.enocean.sim.TemperatureHumiditySensor;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** From the simulated TCP gateway over the enocean component and the normaliser to an MQTT subscriber of the bus. */
class EnoceanSensorsTest {

    private static EnoceanSite site;

    @BeforeAll
    static void start() throws Exception {
        site = EnoceanSite.start(
                "sensors",
                Map.of(
                        "devices",
                        """
                        002A1001, F6-02-01, name=Hall rocker
                        01810002, A5-04-01, name=Office climate, location=Office
                        01810004, A5-07-01, interval=1
                        """));
        await().until(() -> site.gateway.clients() == 1);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static TemperatureHumiditySensor climate() {
        return (TemperatureHumiditySensor) site.gateway.devices().get(1);
    }

    private static Paho5Probe watch(String filter) throws Exception {
        Paho5Probe probe = new Paho5Probe(site.url(), "watch-" + System.nanoTime());
        probe.subscribe(site.topic(filter), 1);
        return probe;
    }

    @Test
    void aSensorsTelegramReachesASubscriberAsValuesWithUnitsRssiAndLastSeen() throws Exception {
        try (Paho5Probe probe = watch("enocean-01810002/#")) {
            climate().set(22.4, 51.2);
            site.gateway.emit(climate().telegram());
            JsonNode temperature = value(probe.awaitOn(site.topic("enocean-01810002/temperature"), "\"v\":22.4"));
            assertThat(temperature.get("q").asText()).isEqualTo("good");
            assertThat(temperature.get("u").asText()).isEqualTo("Cel");
            assertThat(value(probe.awaitOn(site.topic("enocean-01810002/humidity")))
                            .get("u")
                            .asText())
                    .isEqualTo("%RH");
            JsonNode rssi = value(probe.awaitOn(site.topic("enocean-01810002/rssi"), "\"v\":-55.0"));
            assertThat(rssi.get("u").asText()).isEqualTo("dBm");
            assertThat(value(probe.awaitOn(site.topic("enocean-01810002/last-seen")))
                            .get("v")
                            .asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
    }

    @Test
    void configuredDevicesAreDescribedOnTheBusWithTheirProfiles() throws Exception {
        try (Paho5Probe probe = watch("+/$info")) {
            JsonNode info = value(probe.awaitOn(site.topic("enocean-01810002/$info")));
            assertThat(info.get("name").asText()).isEqualTo("Office climate");
            assertThat(info.get("location").asText()).isEqualTo("Office");
            assertThat(info.get("protocol").asText()).isEqualTo("enocean");
            assertThat(info.get("resources").get("temperature").get("unit").asText())
                    .isEqualTo("Cel");
            assertThat(info.get("staleAfterSeconds").asLong()).isEqualTo(2500);
            JsonNode rocker = value(probe.awaitOn(site.topic("enocean-002a1001/$info")));
            assertThat(rocker.get("type").asText()).isEqualTo("rocker-switch");
            JsonNode gateway = value(probe.awaitOn(site.topic("enocean-gateway/$info")));
            assertThat(gateway.get("resources")
                            .get("learn-mode")
                            .get("writable")
                            .asBoolean())
                    .isTrue();
        }
    }

    @Test
    void theGatewayObjectShowsTheBaseIdAndVersionTheGatewayReported() throws Exception {
        try (Paho5Probe probe = watch("enocean-gateway/+")) {
            assertThat(value(probe.awaitOn(site.topic("enocean-gateway/base-id")))
                            .get("v")
                            .asText())
                    .isEqualTo("FF8A5600");
            assertThat(value(probe.awaitOn(site.topic("enocean-gateway/version")))
                            .get("v")
                            .asText())
                    .isEqualTo("2.11.1.0");
            assertThat(value(probe.awaitOn(site.topic("enocean-gateway/devices")))
                            .get("v")
                            .asLong())
                    .isEqualTo(3);
        }
    }

    @Test
    void aRockerPressIsAButtonState() throws Exception {
        try (Paho5Probe probe = watch("enocean-002a1001/+")) {
            site.gateway.emit(((RockerSwitch) site.gateway.devices().get(0)).press(2));
            probe.awaitOn(site.topic("enocean-002a1001/button"), "\"v\":\"BI\"");
            probe.awaitOn(site.topic("enocean-002a1001/pressed"), "\"v\":true");
        }
    }

    @Test
    void aDeviceFallingSilentPastItsIntervalTurnsStale() throws Exception {
        // Configured with interval=1: stale after 2.5 missed reports, rounded up to 3 s.
        try (Paho5Probe probe = watch("enocean-01810004/occupancy")) {
            site.gateway.emit(((OccupancySensor) site.gateway.devices().get(3)).detect(true));
            probe.awaitOn(site.topic("enocean-01810004/occupancy"), "\"q\":\"good\"");
            Received stale = probe.await(r -> r.text().contains("\"q\":\"stale\""), Duration.ofSeconds(8));
            assertThat(value(stale).get("v").asBoolean()).isTrue();
            assertThat(value(stale).get("r").asText()).contains("no report");
        }
    }

    @Test
    void anUnknownSenderIsReportedOnTheGatewayNotInvented() throws Exception {
        try (Paho5Probe probe = watch("#")) {
            site.gateway.emit(new TemperatureHumiditySensor(0x0181DEAD).telegram());
            Received event = probe.awaitOn(site.topic("enocean-gateway/$event"), "\"unknown-sender\"");
            assertThat(value(event).get("sender").asText()).isEqualTo("0181DEAD");
            assertThat(value(event).get("hint").asText()).contains("learn-mode");
            site.gateway.emit(climate().telegram());
            probe.awaitOn(site.topic("enocean-01810002/last-seen"));
            assertThat(probe.received()).noneMatch(r -> r.topic().contains("0181dead"));
            assertThat(site.node.bus().knows("enocean-0181dead")).isFalse();
        }
    }

    @Test
    void aStreamFullOfGarbageSplitFramesAndBadCrcsStillYieldsTheRightValues() throws Exception {
        site.gateway.faults().garbage(true).split(true).corruptEvery(3);
        try (Paho5Probe probe = watch("enocean-01810002/temperature")) {
            // The bus first serves the current value to the new subscriber; only what follows counts.
            probe.awaitOn(site.topic("enocean-01810002/temperature"));
            probe.clear();
            // Multiples of 0.16 °C, which A5-04-01 carries exactly (DB1 0..250 for 0..40 °C).
            List<Double> sent = List.of(16.0, 24.0, 32.0, 12.0, 36.0, 20.0);
            for (double t : sent) {
                climate().set(t, 40);
                site.gateway.emit(climate().telegram());
            }
            // Sent twice: one of two frames in a row always survives every third being broken; the repeat of a
            // frame that came through is dropped as a duplicate.
            site.gateway.emit(climate().telegram());
            probe.awaitOn(site.topic("enocean-01810002/temperature"), "\"v\":20.0");
            List<Double> seen = probe.received().stream()
                    .map(r -> value(r).get("v").asDouble())
                    .toList();
            // Every value that came through is one that was sent: a broken frame is dropped, never misread.
            assertThat(seen).isNotEmpty().allMatch(sent::contains);
            assertThat(site.gateway.faults().corrupted()).isPositive();
        } finally {
            site.gateway.faults().garbage(false).split(false).corruptEvery(0);
        }
    }

    @Test
    void aFieldOutOfItsRangeIsLeftOutAndReportedWhileTheOtherValuesGoOn() throws Exception {
        try (Paho5Probe probe = watch("enocean-01810002/#")) {
            // A5-04-01 humidity 0..250: 255 is out of range; the temperature (DB1 0x80 = 20.48 °C) is fine.
            site.gateway.emit(new Erp1Telegram(
                    Rorg.BS4, new byte[] {0, (byte) 0xFF, (byte) 0x80, 0x0A}, 0x01810002, 0, 1, -1, -58, 0));
            probe.awaitOn(site.topic("enocean-01810002/temperature"), "\"v\":20.48");
            JsonNode event = value(probe.awaitOn(site.topic("enocean-01810002/$event"), "decode-problem"));
            assertThat(event.get("problems").toString()).contains("humidity");
        }
    }

    @Test
    void aTeachInOfAnUnknownDeviceOutsideLearnModeNamesItsProfile() throws Exception {
        try (Paho5Probe probe = watch("enocean-gateway/$event")) {
            Erp1Telegram teachIn =
                    new TemperatureHumiditySensor(0x0181BEEF).teachIn().orElseThrow();
            site.gateway.emit(teachIn);
            JsonNode event = value(probe.awaitOn(site.topic("enocean-gateway/$event"), "0181BEEF"));
            assertThat(event.get("eep").asText()).isEqualTo("A5-04-01");
            assertThat(event.get("rorg").asText()).isEqualTo(Rorg.name(Rorg.BS4));
        }
        assertThat(site.node.bus().knows("enocean-0181beef")).isFalse();
    }

    private static JsonNode value(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
