// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnoceanNormaliserTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private final EnoceanNormaliser normaliser = new EnoceanNormaliser(EepRegistry.standard());

    private static EnoceanDevice device(String sender, String eep) {
        return new EnoceanDevice(sender, eep, null, null, null, null, null, null, null, EnoceanDevice.CONFIG, null);
    }

    private static Erp1Telegram received(int rorg, String data, int sender, int dbm) {
        return new Erp1Telegram(rorg, Vectors.bytes(data), sender, 0, 1, 0xFFFFFFFF, dbm, 0);
    }

    @Test
    void aTemperatureHumiditySensorIsAnObjectWithUnitsRangesRssiAndLastSeen() {
        ObjectDescriptor o = normaliser.describe(device("01810002", "A5-04-01"));
        assertThat(o.id()).isEqualTo("enocean-01810002");
        assertThat(o.protocol()).isEqualTo("enocean");
        assertThat(o.type()).isEqualTo("temperature-humidity-sensor");
        assertThat(o.address()).isEqualTo("01810002");
        assertThat(o.tags()).containsExactly("enocean", "A5-04-01");
        assertThat(o.resources()).containsOnlyKeys("humidity", "temperature", "rssi", "last-seen");
        ResourceDescriptor t = o.resources().get("temperature");
        assertThat(t.unit()).isEqualTo("Cel");
        assertThat(t.min()).isEqualTo(0.0);
        assertThat(t.max()).isEqualTo(40.0);
        assertThat(t.writable()).isFalse();
        assertThat(o.resources().get("rssi").unit()).isEqualTo("dBm");
        assertThat(o.resources().get("last-seen").type()).isEqualTo(ValueType.STRING);
        // Energy-harvesting sensors send at least every 1000 s; silent for two and a half of those = stale.
        assertThat(o.staleAfterSeconds()).isEqualTo(2500);
    }

    @Test
    void aTelegramBecomesValuesOfTheObjectWithRssiAndLastSeen() {
        // EEP 2.6 A5-04-01: DB2 humidity 0..250 = 0..100 %RH, DB1 temperature 0..250 = 0..40 °C, DB0 LRN|TSN.
        EnoceanNormaliser.Normalised n = normaliser.normalise(
                device("01810002", "A5-04-01"), received(Rorg.BS4, "00 71 83 0A", 0x01810002, -55), AT);
        assertThat(n.objectId()).isEqualTo("enocean-01810002");
        assertThat(n.problems()).isEmpty();
        assertThat(n.values())
                .containsEntry("humidity", 45.2)
                .containsEntry("temperature", 20.96)
                .containsEntry("rssi", -55.0)
                .containsEntry("last-seen", "2026-11-21T10:00:00.000Z");
    }

    @Test
    void profileResourceIdsAreKebabCaseOnTheBus() {
        ObjectDescriptor valve = normaliser.describe(device("0180AA01", "A5-20-01"));
        assertThat(valve.resources()).containsKeys("valve-position", "temperature-set-point", "window-open");
        assertThat(valve.resources().get("temperature-set-point").writable()).isTrue();
        assertThat(valve.resources().get("temperature-set-point").relinquishDefault())
                .isNull();
        assertThat(valve.resources().get("battery-low").writable()).isFalse();
        assertThat(valve.staleAfterSeconds()).isEqualTo(1500);
        assertThat(ResourceNames.toProfile("temperature-set-point")).isEqualTo("temperatureSetPoint");
    }

    @Test
    void aTwoChannelSwitchActuatorHasWritableOutputsPerChannel() {
        ObjectDescriptor o = normaliser.describe(device("01940005", "D2-01-12"));
        assertThat(o.type()).isEqualTo("switch-actuator");
        assertThat(o.resources())
                .containsKeys("output", "output1", "error-level1", "local-control1", "energy1", "power-failure")
                .doesNotContainKeys("output2", "power-failure1");
        ResourceDescriptor output1 = o.resources().get("output1");
        assertThat(output1.writable()).isTrue();
        assertThat(output1.unit()).isEqualTo("%");
        assertThat(output1.relinquishDefault()).isEqualTo(0.0);
        assertThat(o.resources().get("error-level").enumValues()).contains("ok", "failure");
        // Actuators report on change or when asked: they never turn stale by silence.
        assertThat(o.staleAfterSeconds()).isZero();
    }

    @Test
    void aStatusOfAChannelTheDeviceDoesNotHaveIsAProblemNotAValue() {
        // D2-01 CMD 4 status of channel 5 on a one-channel device.
        EnoceanNormaliser.Normalised n = normaliser.normalise(
                device("01940009", "D2-01-01"), received(Rorg.VLD, "04 05 32", 0x01940009, -60), AT);
        assertThat(n.values()).containsOnlyKeys("power-failure", "rssi", "last-seen");
        assertThat(n.problems()).anyMatch(p -> p.contains("output5 is not a resource"));
    }

    @Test
    void aTeachInTelegramOfAKnownDeviceGivesOnlyRadioValues() {
        EnoceanNormaliser.Normalised n = normaliser.normalise(
                device("01810002", "A5-04-01"), received(Rorg.BS4, "10 0F FF 80", 0x01810002, -40), AT);
        assertThat(n.values()).containsOnlyKeys("rssi", "last-seen");
        assertThat(n.problems()).singleElement().asString().contains("teach-in");
    }

    @Test
    void rockerSwitchesNeverTurnStaleAndCentralCommandActuatorsCanBeTaughtIn() {
        assertThat(normaliser.describe(device("002A1001", "F6-02-01")).staleAfterSeconds())
                .isZero();
        ObjectDescriptor relay = normaliser.describe(device("FF8A5603", "A5-38-08"));
        assertThat(relay.resources().get("switch").writable()).isTrue();
        assertThat(relay.resources().get("dim-value").relinquishDefault()).isEqualTo(0.0);
        assertThat(relay.resources().get("teach-in").writable()).isTrue();
    }

    @Test
    void aConfiguredIntervalAndNameOverrideTheProfileDefaults() {
        EnoceanDevice d = new EnoceanDevice(
                "01810002", "A5-04-01", "Office climate", "Office", null, null, 10L, null, null, "config", null);
        ObjectDescriptor o = normaliser.describe(d);
        assertThat(o.name()).isEqualTo("Office climate");
        assertThat(o.location()).isEqualTo("Office");
        assertThat(o.staleAfterSeconds()).isEqualTo(25);
    }

    @Test
    void anUnsupportedProfileCannotBeDescribedAndNormalisesToAProblem() {
        EnoceanDevice d = device("01810002", "A5-99-01");
        assertThrows(IllegalArgumentException.class, () -> normaliser.describe(d));
        EnoceanNormaliser.Normalised n = normaliser.normalise(d, received(Rorg.BS4, "00 00 00 08", 1, -50), AT);
        assertThat(n.values()).isEmpty();
        assertThat(n.problems()).containsExactly("EEP A5-99-01 is not supported");
    }

    @Test
    void theGatewayObjectHasAWritableLearnMode() {
        ObjectDescriptor g = GatewayObject.describe("enocean-gateway", "tcp:127.0.0.1:9600");
        assertThat(g.resources()).containsOnlyKeys("base-id", "version", "chip-id", "devices", "learn-mode");
        assertThat(g.resources().get("learn-mode").writable()).isTrue();
        assertThat(g.resources().get("learn-mode").relinquishDefault()).isEqualTo(false);
        assertThat(List.of(g.protocol(), g.type())).containsExactly("enocean", "enocean-gateway");
    }
}
