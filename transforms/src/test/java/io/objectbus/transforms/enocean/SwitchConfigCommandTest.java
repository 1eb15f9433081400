// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static io.objectbus.transforms.enocean.Vectors.bytes;
import static io.objectbus.transforms.enocean.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * D2-01 configuration commands and measurement responses. The telegrams are built from the D2-01 field tables of the
 * EnOcean Equipment Profiles 2.6.x specification (CMD 0x2 "actuator set local", CMD 0x5 "actuator set measurement",
 * CMD 0x7 "actuator measurement response"), bit by bit as the comments show.
 */
class SwitchConfigCommandTest {

    private static final EepActuator SWITCH =
            EepRegistry.standard().actuator(EepId.parse("D2-01-12")).orElseThrow();

    @Test
    void setLocalForAllChannelsIsTheTableBitByBit() {
        // byte1 OC 1 (automatic restart) RO 0 LC 1 I/O 1E = BE; byte2 DT2 1 (0.5 s) DT3 F (7.5 s) = 1F;
        // byte3 d/n 1 (night) PF 1 DS 10 (previous) DT1 2 (1 s) = E2.
        Command c = Command.of(
                "setLocal",
                "channel",
                30,
                "localControl",
                true,
                "overCurrentShutDown",
                "automatic-restart",
                "dimTimer1",
                1.0,
                "dimTimer2",
                0.5,
                "dimTimer3",
                7.5,
                "userInterface",
                "night",
                "powerFailureDetection",
                true,
                "defaultState",
                "previous");
        EepData d = SWITCH.encodeCommand(c);
        assertEquals(0xD2, d.rorg());
        assertEquals("02 BE 1F E2", hex(d.data()));
        EepResult r = SWITCH.decodeCommand(d.data());
        assertEquals("setLocal", r.value("command"));
        assertEquals(30L, r.value("channel"));
        assertEquals(true, r.value("localControl"));
        assertEquals("previous", r.value("defaultState"));
        assertEquals(7.5, r.value("dimTimer3"));
        assertEquals(false, r.value("taughtInDevices"));
    }

    @Test
    void setLocalWithoutArgumentsDisablesEverythingOnChannel0() {
        assertEquals(
                "02 00 00 00", hex(SWITCH.encodeCommand(Command.of("setLocal")).data()));
        assertEquals(
                "82 00 00 00",
                hex(SWITCH.encodeCommand(Command.of("setLocal", "taughtInDevices", true))
                        .data()));
    }

    @Test
    void setMeasurementOfPowerWithAutoReporting() {
        // byte1 RM 1 RE 0 e/p 1 (power) I/O 0 = A0; MD 100 = 0x064: byte2 LSB 4 in bits 7..4, UN 3 (W) = 43;
        // byte3 MSB 06; MAT 600 s / 10 = 3C; MIT 10 s = 0A.
        Command c = Command.of(
                "setMeasurement",
                "kind",
                "power",
                "autoReport",
                true,
                "delta",
                100,
                "maxInterval",
                600,
                "minInterval",
                10);
        EepData d = SWITCH.encodeCommand(c);
        assertEquals("05 A0 43 06 3C 0A", hex(d.data()));
        EepResult r = SWITCH.decodeCommand(d.data());
        assertEquals("setMeasurement", r.value("command"));
        assertEquals("power", r.value("kind"));
        assertEquals("W", r.value("unit"));
        assertEquals(100L, r.value("delta"));
        assertEquals(600.0, r.value("maxInterval"));
        assertEquals(10.0, r.value("minInterval"));
        assertEquals(true, r.value("autoReport"));
    }

    @Test
    void theDocumentedSetMeasurementExampleGivesTheDocumentedBytes() {
        // docs/components/enocean.md: power of channel 1, auto reporting, delta 5 W -> 05 A1 53 00 3C 0A.
        Command c = Command.of("setMeasurement", "channel", 1, "kind", "power", "autoReport", true, "delta", 5);
        assertEquals("05 A1 53 00 3C 0A", hex(SWITCH.encodeCommand(c).data()));
    }

    @Test
    void setMeasurementDefaultsToEnergyInWhQueriedOnly() {
        // e/p 0, UN 1 (Wh), MAT 600 s, MIT 10 s.
        assertEquals(
                "05 01 01 00 3C 0A",
                hex(SWITCH.encodeCommand(Command.of("setMeasurement", "channel", 1))
                        .data()));
    }

    @Test
    void setMeasurementRejectsWhatTheTableForbids() {
        // EEP 2.6 D2-01 CMD 5: MIT must not be 0 and MAT >= MIT; MD is 12 bits; the unit follows energy or power.
        assertThrows(EepException.class, () -> SWITCH.encodeCommand(Command.of("setMeasurement", "minInterval", 0)));
        assertThrows(
                EepException.class,
                () -> SWITCH.encodeCommand(Command.of("setMeasurement", "maxInterval", 10, "minInterval", 60)));
        assertThrows(EepException.class, () -> SWITCH.encodeCommand(Command.of("setMeasurement", "delta", 4096)));
        assertThrows(
                EepException.class,
                () -> SWITCH.encodeCommand(Command.of("setMeasurement", "kind", "power", "unit", "kWh")));
        EepException e = assertThrows(
                EepException.class, () -> SWITCH.encodeCommand(Command.of("setLocal", "localcontrol", true)));
        assertTrue(e.getMessage().contains("localcontrol"), e.getMessage());
    }

    @Test
    void measurementResponsesInWsAndKwAreScaledToWhAndW() {
        // EEP 2.6 D2-01 CMD 7: UN 0 = Ws (3600 Ws = 1 Wh), UN 4 = kW; value in bytes 2..5.
        EepProfile p = Vectors.profile("D2-01-12");
        assertEquals(1.0, p.decode(bytes("07 00 00 00 0E 10"), 0).value("energy"));
        assertEquals(2000.0, p.decode(bytes("87 01 00 00 00 02"), 0).value("power1"));
    }

    @Test
    void configurationCommandsAreNotMistakenForDeviceReports() {
        EepResult r = Vectors.profile("D2-01-12").decode(bytes("05 A0 43 06 3C 0A"), 0);
        assertTrue(r.readings().isEmpty());
        assertTrue(
                r.problems().get(0).contains("command telegram"), r.problems().toString());
    }

    @Test
    void randomConfigurationCommandsRoundTripThroughTheirArguments() {
        Random random = new Random(0xD201);
        int checked = 0;
        for (int i = 0; i < 2_000; i++) {
            boolean local = random.nextBoolean();
            byte[] data = new byte[local ? 4 : 6];
            random.nextBytes(data);
            data[0] = (byte) (local ? 0x02 : 0x05);
            data[1] = (byte) ((data[1] & 0xE0) | random.nextInt(31));
            EepResult first = SWITCH.decodeCommand(data);
            if (!first.ok()) {
                continue;
            }
            Command again = commandOf(first);
            EepData encoded;
            try {
                encoded = SWITCH.encodeCommand(again);
            } catch (EepException e) {
                // Random bytes may break the table's rules (MAT < MIT, a reserved unit); those are rejected.
                assertFalse(e.getMessage().isBlank());
                continue;
            }
            assertEquals(first, SWITCH.decodeCommand(encoded.data()), hex(data));
            checked++;
        }
        assertTrue(checked > 500, "only " + checked + " commands round-tripped");
    }

    private static Command commandOf(EepResult result) {
        Map<String, Object> args = new LinkedHashMap<>();
        result.readings().forEach(r -> args.put(r.resource(), r.value()));
        return new Command((String) args.remove("command"), args);
    }
}
