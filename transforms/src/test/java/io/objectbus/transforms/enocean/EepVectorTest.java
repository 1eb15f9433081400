// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static io.objectbus.transforms.enocean.Vectors.decode;
import static io.objectbus.transforms.enocean.Vectors.profile;
import static io.objectbus.transforms.enocean.Vectors.telegram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Telegram vectors with their expected values. Sources: the kipe/enocean test suite (enocean/protocol/tests/
 * test_eep.py) and the domoticz ESP3 test telegrams (hardware/EnOceanESP3.cpp, ESP3_TESTS_* blocks), whose expected
 * values follow from the scaling tables of the EnOcean Equipment Profiles 2.6 specification.
 */
class EepVectorTest {

    @Test
    void a502TemperatureFromKipeIs26point67() {
        // kipe test_eep.py test_temperature: A5-02-05, raw 85 -> 26.7 °C.
        EepResult r = profile("A5-02-05")
                .decode(telegram("55 00 0A 07 01 EB A5 00 00 55 08 01 81 B7 44 00 01 FF FF FF FF 2D 00 75"));
        assertEquals(26.67, (Double) r.value("temperature"), 1e-9);
        assertEquals("Cel", r.get("temperature").orElseThrow().unit());
    }

    @Test
    void d50001MagneticContactFromKipeOpensAndCloses() {
        // kipe test_eep.py test_magnetic_switch: D5 08 open, D5 09 closed.
        assertEquals(
                "open",
                profile("D5-00-01")
                        .decode(telegram("55 00 07 07 01 7A D5 08 01 82 5D AB 00 01 FF FF FF FF 36 00 53"))
                        .value("contact"));
        assertEquals(
                "closed",
                profile("D5-00-01")
                        .decode(telegram("55 00 07 07 01 7A D5 09 01 82 5D AB 00 01 FF FF FF FF 36 00 C7"))
                        .value("contact"));
    }

    @Test
    void f60202RockerPressAndReleaseFromKipe() {
        // kipe test_eep.py test_switch: F6 50 status 30 = button BI pressed; F6 00 status 20 = released.
        EepResult press =
                profile("F6-02-02").decode(telegram("55 00 07 07 01 7A F6 50 00 29 89 79 30 01 FF FF FF FF 37 00 9D"));
        assertEquals("BI", press.value("button"));
        assertEquals(true, press.value("pressed"));
        assertTrue(press.get("secondButton").isEmpty());
        EepResult release =
                profile("F6-02-02").decode(telegram("55 00 07 07 01 7A F6 00 00 29 89 79 20 02 FF FF FF FF 4A 00 03"));
        assertEquals(false, release.value("pressed"));
        assertEquals("none", release.value("buttons"));
    }

    @Test
    void d201StatusResponsesFromKipeAreOnAndOff() {
        // kipe test_eep.py test_vld: D2 04 00 64 = output 100 % channel 0; D2 04 00 00 = off; error level 0.
        EepResult on = profile("D2-01-01")
                .decode(telegram("55 00 09 07 01 56 D2 04 00 64 01 94 E3 B9 00 01 FF FF FF FF 40 00 E4"));
        assertEquals(100.0, on.value("output"));
        assertEquals("ok", on.value("errorLevel"));
        assertEquals(false, on.value("localControl"));
        EepResult off = profile("D2-01-01")
                .decode(telegram("55 00 09 07 01 56 D2 04 00 00 01 94 E3 B9 00 01 FF FF FF FF 40 00 BF"));
        assertEquals(0.0, off.value("output"));
    }

    @Test
    void a52001ValveReportFromKipeHasPositionAndTemperature() {
        // kipe test_eep.py test_eep_direction, direction 1: CV 0x32 = 50 %, ES set, TMP 0x89 = 21.49 °C. DB0 is
        // 08 here (data telegram): the source built it with the LRN bit cleared.
        EepResult r = decode("A5-20-01", "32 20 89 08");
        assertEquals(50.0, r.value("valvePosition"));
        assertEquals(true, r.value("energyStorageCharged"));
        assertEquals(21.49, (Double) r.value("temperature"), 1e-9);
        assertEquals(false, r.value("windowOpen"));
    }

    @Test
    void a50904Co2SensorMinimumAndMaximumFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_09_04: min 00 00 00 0E, max C8 FF FF 0E (HSN and TSN set).
        EepResult max = decode("A5-09-04", "C8 FF FF 0E");
        assertEquals(100.0, max.value("humidity"));
        assertEquals(2550.0, max.value("co2"));
        assertEquals(51.0, max.value("temperature"));
        assertEquals("ppm", max.get("co2").orElseThrow().unit());
        EepResult min = decode("A5-09-04", "00 00 00 0E");
        assertEquals(0.0, min.value("co2"));
    }

    @Test
    void a50904WithoutSensorFlagsOmitsHumidityAndTemperature() {
        EepResult r = decode("A5-09-04", "C8 FF FF 08");
        assertTrue(r.get("humidity").isEmpty());
        assertTrue(r.get("temperature").isEmpty());
        assertEquals(2550.0, r.value("co2"));
    }

    @Test
    void a51001FanStagesTemperatureAndOccupancyFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_10_0X, A5-10-01: fan FF auto, D1 stage 0, BD stage 1, A4 stage 2, 90 stage 3.
        assertEquals("auto", decode("A5-10-01", "FF 00 00 08").value("fanSpeed"));
        assertEquals("stage-0", decode("A5-10-01", "D1 00 00 08").value("fanSpeed"));
        assertEquals("stage-1", decode("A5-10-01", "BD 00 00 08").value("fanSpeed"));
        assertEquals("stage-2", decode("A5-10-01", "A4 00 00 08").value("fanSpeed"));
        assertEquals("stage-3", decode("A5-10-01", "90 00 00 08").value("fanSpeed"));
        // Temperature: DB1 FF is the minimum (0 °C), 00 the maximum (40 °C); set point 7F.
        assertEquals(0.0, decode("A5-10-01", "00 00 FF 08").value("temperature"));
        assertEquals(40.0, decode("A5-10-01", "00 00 00 08").value("temperature"));
        assertEquals(127L, decode("A5-10-01", "00 7F 00 08").value("setPoint"));
        // Occupancy button: DB0 09 released, 08 pressed.
        assertEquals(false, decode("A5-10-01", "00 00 00 09").value("occupancyButton"));
        assertEquals(true, decode("A5-10-01", "00 00 00 08").value("occupancyButton"));
    }

    @Test
    void a5100bContactAndA5100dSlideSwitchFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_10_0X: A5-10-0B 08 closed, 09 open; A5-10-0D 08 night, 09 day.
        assertEquals("closed", decode("A5-10-0B", "00 00 00 08").value("contact"));
        assertEquals("open", decode("A5-10-0B", "00 00 00 09").value("contact"));
        assertEquals("night", decode("A5-10-0D", "00 00 00 08").value("dayNight"));
        assertEquals("day", decode("A5-10-0D", "00 00 00 09").value("dayNight"));
    }

    @Test
    void a51201ElectricityMeterReadingsFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_12_01: max reading FF FF FF (kWh, divisor 1), current value (DT = 1).
        EepResult max = decode("A5-12-01", "FF FF FF 08");
        assertEquals(16_777_215_000.0, max.value("energy"));
        assertEquals("Wh", max.get("energy").orElseThrow().unit());
        assertEquals(0.0, decode("A5-12-01", "00 00 00 0C").value("power"));
        assertEquals(15L, decode("A5-12-01", "00 00 00 F8").value("tariff"));
        // Mid reading 7F FF FF with divisor x/1000 (DB0 0B): 8388.607 kWh.
        assertEquals(8_388_607.0, decode("A5-12-01", "7F FF FF 0B").value("energy"));
    }

    @Test
    void a51200CounterChannelAndA51203WaterFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_12_00: measurement channel F (DB0 F8); A5-12-03 divisor x/10 (DB0 09).
        assertEquals(15L, decode("A5-12-00", "00 00 00 F8").value("channel"));
        assertEquals(838_860.7, (Double) decode("A5-12-03", "7F FF FF 09").value("volume"), 1e-9);
    }

    @Test
    void a50703MotionFromDomoticz() {
        // domoticz ESP3_TESTS_4BS_A5_07_03: PIR status motion detected, DB0 88.
        EepResult r = decode("A5-07-03", "00 00 00 88");
        assertEquals(true, r.value("occupancy"));
        assertEquals(0.0, r.value("illuminance"));
    }

    @Test
    void a50401ScalesHumidityAndTemperaturePerTheEepTable() {
        // EEP 2.6 A5-04-01: DB2 0..250 = 0..100 %, DB1 0..250 = 0..40 °C, DB0.1 TSN.
        EepResult r = decode("A5-04-01", "00 7D 83 0A");
        assertEquals(50.0, r.value("humidity"));
        assertEquals(20.96, (Double) r.value("temperature"), 1e-9);
        assertEquals("%RH", r.get("humidity").orElseThrow().unit());
    }

    @Test
    void a50601PicksTheRangeBySelectBit() {
        // EEP 2.6 A5-06-01: RS = 0 -> DB1 (600..60000 lx), RS = 1 -> DB2 (300..30000 lx).
        assertEquals(60000.0, decode("A5-06-01", "00 00 FF 08").value("illuminance"));
        assertEquals(30000.0, decode("A5-06-01", "00 FF 00 09").value("illuminance"));
    }

    @Test
    void f61000WindowHandlePositions() {
        // EEP 2.6 F6-10-00: DB0.7..4 1111 closed, 1100 and 1110 open, 1101 tilted.
        assertEquals(
                "closed", profile("F6-10-00").decode(Vectors.bytes("F0"), 0x20).value("handle"));
        assertEquals(
                "open", profile("F6-10-00").decode(Vectors.bytes("C0"), 0x20).value("handle"));
        assertEquals(
                "open", profile("F6-10-00").decode(Vectors.bytes("E0"), 0x20).value("handle"));
        assertEquals(
                "tilted", profile("F6-10-00").decode(Vectors.bytes("D0"), 0x20).value("handle"));
        assertFalse(profile("F6-10-00").decode(Vectors.bytes("80"), 0x20).ok());
    }

    @Test
    void a51401ContactAndSupplyVoltage() {
        // EEP 2.6 A5-14-01: DB3 0..250 = 0..5.0 V, DB0.0 contact 0 open, 1 closed.
        EepResult r = decode("A5-14-01", "A5 00 00 09");
        assertEquals(3.3, r.value("supplyVoltage"));
        assertEquals("closed", r.value("contact"));
    }

    @Test
    void a4bsTeachInIsRejectedAsDataWithAReason() {
        // kipe test_eep.py test_eep_parsing: A5 08 28 46 80 is a teach-in telegram.
        EepResult r = decode("A5-02-05", "08 28 46 80");
        assertTrue(r.readings().isEmpty());
        assertTrue(r.problems().get(0).contains("teach-in"), r.problems().toString());
    }

    @Test
    void aTelegramOfAnotherRorgIsRejected() {
        EepResult r =
                profile("A5-02-05").decode(telegram("55 00 07 07 01 7A D5 08 01 82 5D AB 00 01 FF FF FF FF 36 00 53"));
        assertTrue(r.problems().get(0).contains("RORG D5"), r.problems().toString());
    }

    @Test
    void anOutOfRangeFieldIsLeftOutWithAReasonWhileTheOthersAreRead() {
        // A5-04-01 humidity is valid 0..250; 0xFF is outside.
        EepResult r = decode("A5-04-01", "00 FF 83 0A");
        assertTrue(r.get("humidity").isEmpty());
        assertTrue(r.get("temperature").isPresent());
        assertTrue(r.problems().get(0).contains("humidity"), r.problems().toString());
    }
}
