// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static io.objectbus.transforms.enocean.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActuatorCommandTest {

    private static EepActuator actuator(String eep) {
        return EepRegistry.standard().actuator(EepId.parse(eep)).orElseThrow();
    }

    @Test
    void d201SetOutputForAllChannelsIsTheKipeVector() {
        // kipe test_packet_creation.py test_vld: CMD 1, DV 0, I/O 0x1E (all), OV 0x64 -> D2 01 1E 64.
        EepData d = actuator("D2-01-01").encodeCommand(Command.of("setOutput", "channel", 30, "value", 100));
        assertEquals(0xD2, d.rorg());
        assertEquals("01 1E 64", hex(d.data()));
    }

    @Test
    void d201WriteOfOutput1DimsChannel1() {
        EepActuator a = actuator("D2-01-12");
        Command c = a.commandFor("output1", 40);
        assertEquals("01 01 28", hex(a.encodeCommand(c).data()));
        EepResult parsed = a.decodeCommand(a.encodeCommand(c).data());
        assertEquals("setOutput", parsed.value("command"));
        assertEquals(1L, parsed.value("channel"));
        assertEquals(40.0, parsed.value("value"));
        assertEquals(
                "01 00 64", hex(a.encodeCommand(a.commandFor("output", true)).data()));
    }

    @Test
    void d201StatusAndMeasurementQueries() {
        EepActuator a = actuator("D2-01-12");
        assertEquals(
                "03 1E",
                hex(a.encodeCommand(Command.of("queryStatus", "channel", 30)).data()));
        assertEquals(
                "06 21",
                hex(a.encodeCommand(Command.of("queryMeasurement", "channel", 1, "kind", "power"))
                        .data()));
    }

    @Test
    void d201MeasurementResponsesAreEnergyInWhAndPowerInW() {
        // EEP 2.6 D2-01 CMD 7: UN 2 = kWh, UN 3 = W; value 32 bits.
        EepProfile p = Vectors.profile("D2-01-12");
        EepResult energy = p.decode(Vectors.bytes("47 00 00 00 00 0C"), 0);
        assertEquals(12_000.0, energy.value("energy"));
        EepResult power = p.decode(Vectors.bytes("67 01 00 00 01 F4"), 0);
        assertEquals(500.0, power.value("power1"));
    }

    @Test
    void d201RejectsOutOfRangeValuesWithAReason() {
        EepActuator a = actuator("D2-01-00");
        EepException e = assertThrows(EepException.class, () -> a.encodeCommand(a.commandFor("output", 120)));
        assertTrue(e.getMessage().contains("0..100"), e.getMessage());
        assertThrows(EepException.class, () -> a.commandFor("errorLevel", 1));
    }

    @Test
    void a53808SwitchingOnForTenSeconds() {
        // EEP 2.6 A5-38-08 CMD 1: time 100 (1/10 s) in DB2..DB1, DB0 = LRN | SW -> 01 00 64 09.
        EepActuator a = actuator("A5-38-08");
        EepData d = a.encodeCommand(Command.of("switch", "switch", true, "time", 10.0));
        assertEquals("01 00 64 09", hex(d.data()));
        EepResult r = a.decodeCommand(d.data());
        assertEquals(true, r.value("switch"));
        assertEquals(10.0, r.value("time"));
    }

    @Test
    void a53808DimmingToHalfWithOneSecondRamp() {
        // EEP 2.6 A5-38-08 CMD 2: DB2 dim value 50, DB1 ramp 1 s, DB0 = LRN | SW -> 02 32 01 09.
        EepActuator a = actuator("A5-38-08");
        EepData d = a.encodeCommand(Command.of("dim", "dimValue", 50, "rampTime", 1));
        assertEquals("02 32 01 09", hex(d.data()));
        assertEquals(
                "02 00 00 08", hex(a.encodeCommand(a.commandFor("dimValue", 0)).data()));
        assertThrows(EepException.class, () -> a.encodeCommand(Command.of("dim", "dimValue", 101)));
    }

    @Test
    void a52001SetPointIsTheKipeVectorAsADataTelegram() {
        // kipe test_packet_creation.py PACKET_CONTENT_4: direction 2, SP = 50 -> 32 00 00 (DB0 here with LRN = 1).
        EepActuator a = actuator("A5-20-01");
        EepData d = a.encodeCommand(a.commandFor("valvePosition", 50));
        assertEquals("32 00 00 08", hex(d.data()));
        assertEquals(50.0, a.decodeCommand(d.data()).value("valvePosition"));
    }

    @Test
    void a52001TemperatureSetPointSelectsSps() {
        EepActuator a = actuator("A5-20-01");
        EepData d = a.encodeCommand(
                Command.of("setPoint", "temperatureSetPoint", 20.0, "roomTemperature", 20.0, "summerMode", false));
        EepResult r = a.decodeCommand(d.data());
        assertEquals(20.0, (Double) r.value("temperatureSetPoint"), 0.1);
        assertEquals(20.0, (Double) r.value("roomTemperature"), 0.1);
        assertEquals(0x04, d.data()[2] & 0x04, "SPS set");
        assertThrows(EepException.class, () -> a.commandFor("temperature", 20));
    }
}
