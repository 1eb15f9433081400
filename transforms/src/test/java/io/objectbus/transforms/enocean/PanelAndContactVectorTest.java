// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static io.objectbus.transforms.enocean.Vectors.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Vectors of the A5-10-15..23 room operating panels and the A5-14-07/08 dual door contacts. Each telegram is built
 * from the field table of the EnOcean Equipment Profiles 2.6.x specification for that type (offsets, valid range,
 * scale and enumeration as the table gives them); the expected values are the table's scaling of the raw values.
 * DB0.3 is the LRN bit, set (data telegram) in every vector.
 */
class PanelAndContactVectorTest {

    @Test
    void a51015ReadsTheTenBitTemperatureDownwardsAndTheSixBitSetPoint() {
        // EEP 2.6 A5-10-15: SP DB2.7..2 0..63; TMP DB2.1..DB1.0, 1023..0 = -10..+41.2 °C.
        EepResult coldest = decode("A5-10-15", "00 FF FF 08");
        assertEquals(63L, coldest.value("setPoint"));
        assertEquals(-10.0, coldest.value("temperature"));
        EepResult warmest = decode("A5-10-15", "00 80 00 08");
        assertEquals(32L, warmest.value("setPoint"));
        assertEquals(41.2, warmest.value("temperature"));
    }

    @Test
    void a51016And17AddTheOccupancyButtonPressedAtZero() {
        // EEP 2.6 A5-10-16/17: OCC DB0.0, 0 = button pressed, 1 = released.
        assertEquals(true, decode("A5-10-16", "00 FC FF 08").value("occupancyButton"));
        assertEquals(false, decode("A5-10-16", "00 00 00 09").value("occupancyButton"));
        EepResult r = decode("A5-10-17", "00 00 00 09");
        assertEquals(41.2, r.value("temperature"));
        assertTrue(r.get("setPoint").isEmpty());
    }

    @Test
    void a51018ReadsIlluminationSetPointTemperatureFanAndOccupancy() {
        // EEP 2.6 A5-10-18: ILL DB3 0..250 = 0..1000 lx; TMPSP DB2 and TMP DB1 250..0 = 0..40 °C;
        // FAN DB0.6..4 (0 auto .. 7 off); OED DB0.1 (0 enabled); OB DB0.0 (0 pressed).
        EepResult r = decode("A5-10-18", "FA 00 FA 08");
        assertEquals(1000.0, r.value("illuminance"));
        assertEquals(40.0, r.value("temperatureSetPoint"));
        assertEquals(0.0, r.value("temperature"));
        assertEquals("auto", r.value("fanSpeed"));
        assertEquals("enabled", r.value("occupancyControl"));
        assertEquals(true, r.value("occupancyButton"));
        EepResult off = decode("A5-10-18", "00 7D 7D 7B");
        assertEquals(20.0, off.value("temperatureSetPoint"));
        assertEquals("off", off.value("fanSpeed"));
        assertEquals("disabled", off.value("occupancyControl"));
        assertEquals(false, off.value("occupancyButton"));
        assertEquals("stage-2", decode("A5-10-18", "00 00 00 38").value("fanSpeed"));
    }

    @Test
    void a51019HasHumidityAndItsOccupancyBitsTheOtherWayRound() {
        // EEP 2.6 A5-10-19: HUM DB3 0..250 = 0..100 %; OB DB0.1, OED DB0.0 (as the type's table lists them).
        EepResult r = decode("A5-10-19", "7D 7D 7D 0A");
        assertEquals(50.0, r.value("humidity"));
        assertEquals(20.0, r.value("temperatureSetPoint"));
        assertEquals(20.0, r.value("temperature"));
        assertEquals(false, r.value("occupancyButton"));
        assertEquals("enabled", r.value("occupancyControl"));
    }

    @Test
    void a5101aTo1eReadTheirFirstTwoBytesByType() {
        // EEP 2.6 A5-10-1A: SV DB3 0..250 = 0..5 V; 1B/1E: SV DB3, ILL DB2; 1C: ILL DB3, ILLSP DB2 0..250 = 0..1000 lx;
        // 1D: HUM DB3, HUMSP DB2 0..250 = 0..100 %.
        assertEquals(5.0, decode("A5-10-1A", "FA 00 00 08").value("supplyVoltage"));
        EepResult b = decode("A5-10-1B", "7D 7D 00 08");
        assertEquals(2.5, b.value("supplyVoltage"));
        assertEquals(500.0, b.value("illuminance"));
        assertEquals(b.readings(), decode("A5-10-1E", "7D 7D 00 08").readings());
        assertEquals(1000.0, decode("A5-10-1C", "00 FA 00 08").value("illuminanceSetPoint"));
        EepResult d = decode("A5-10-1D", "00 FA 00 08");
        assertEquals(100.0, d.value("humiditySetPoint"));
        assertEquals(40.0, d.value("temperature"));
    }

    @Test
    void a5101fReadsOnlyTheValuesItsFlagsDeclarePresent() {
        // EEP 2.6 A5-10-1F: TMP_F DB0.6, SP_F DB0.5, FAN_F DB0.4; UNOCC DB0.1 and OCC DB0.0, 0 = pressed.
        EepResult all = decode("A5-10-1F", "FF 80 FF 7B");
        assertEquals("auto", all.value("fanSpeed"));
        assertEquals(128L, all.value("setPoint"));
        assertEquals(0.0, all.value("temperature"));
        assertEquals(false, all.value("unoccupancyButton"));
        assertEquals(false, all.value("occupancyButton"));
        EepResult none = decode("A5-10-1F", "FF 80 FF 08");
        assertTrue(none.get("fanSpeed").isEmpty());
        assertTrue(none.get("setPoint").isEmpty());
        assertTrue(none.get("temperature").isEmpty());
        assertEquals(true, none.value("unoccupancyButton"));
    }

    @Test
    void a51020And21ReportSetPointModeBatteryAndUserActivity() {
        // EEP 2.6 A5-10-20: SP DB3; TMP DB1 0..250 = 0..40 °C; SPM DB0.6..5 (0 SP, 1 frost, 2 auto);
        // BATT DB0.4 (1 low); ACT DB0.0 (1 user interaction). A5-10-21 adds HUM DB2.
        EepResult r = decode("A5-10-20", "80 00 FA 08");
        assertEquals(128L, r.value("setPoint"));
        assertEquals(40.0, r.value("temperature"));
        assertEquals("set-point", r.value("setPointMode"));
        assertEquals(false, r.value("batteryLow"));
        assertEquals(false, r.value("userActivity"));
        EepResult frost = decode("A5-10-21", "00 7D 00 39");
        assertEquals(50.0, frost.value("humidity"));
        assertEquals("frost-protection", frost.value("setPointMode"));
        assertEquals(true, frost.value("batteryLow"));
        assertEquals(true, frost.value("userActivity"));
        assertEquals("automatic", decode("A5-10-20", "00 00 00 48").value("setPointMode"));
    }

    @Test
    void a51022And23ReadTheFanInTheTopBitsAndA51023TheOccupancy() {
        // EEP 2.6 A5-10-22: FAN DB0.7..5 (0 auto, 1 speed 0/off, 2..4 speed 1..3, 5..7 reserved); A5-10-23 OCC DB0.0.
        EepResult r = decode("A5-10-22", "FF FA 7D 88");
        assertEquals(255L, r.value("setPoint"));
        assertEquals(100.0, r.value("humidity"));
        assertEquals(20.0, r.value("temperature"));
        assertEquals("stage-3", r.value("fanSpeed"));
        EepResult reserved = decode("A5-10-22", "00 00 00 A8");
        assertTrue(reserved.get("fanSpeed").isEmpty());
        assertTrue(
                reserved.problems().get(0).contains("fanSpeed"),
                reserved.problems().toString());
        assertEquals(true, decode("A5-10-23", "00 00 00 29").value("occupancy"));
        assertEquals("stage-0", decode("A5-10-23", "00 00 00 28").value("fanSpeed"));
    }

    @Test
    void a51407DoorOpenAndUnlockedWithHalfSupplyVoltage() {
        // EEP 2.6 A5-14-07: SVC DB3 0..250 = 0..5.0 V; DCT DB0.2 (0 closed, 1 open); LCT DB0.1 (0 locked, 1 unlocked).
        // The telegram 7D 00 00 0F is also the eltakobus test test_contact_variants_decode_distinct_db0_bits, where
        // door and lock contact both read 1 and, for A5-14-08, vibration too.
        EepResult r = decode("A5-14-07", "7D 00 00 0F");
        assertEquals(2.5, r.value("supplyVoltage"));
        assertEquals("open", r.value("door"));
        assertEquals("unlocked", r.value("lock"));
        assertTrue(r.get("vibration").isEmpty());
        EepResult shut = decode("A5-14-07", "FA 00 00 08");
        assertEquals(5.0, shut.value("supplyVoltage"));
        assertEquals("closed", shut.value("door"));
        assertEquals("locked", shut.value("lock"));
    }

    @Test
    void a51408AddsVibrationInDb0Bit0() {
        // EEP 2.6 A5-14-08: as A5-14-07 plus VIB DB0.0 (0 no vibration, 1 vibration detected).
        EepResult r = decode("A5-14-08", "7D 00 00 0F");
        assertEquals("open", r.value("door"));
        assertEquals("unlocked", r.value("lock"));
        assertEquals("detected", r.value("vibration"));
        assertEquals("none", decode("A5-14-08", "7D 00 00 0C").value("vibration"));
    }

    @Test
    void aSupplyVoltageErrorCodeIsLeftOutWithAReason() {
        // EEP 2.6 A5-14: SVC is valid 0..250; 251..255 are not voltages.
        EepResult r = decode("A5-14-07", "FF 00 00 0C");
        assertTrue(r.get("supplyVoltage").isEmpty());
        assertEquals("open", r.value("door"));
        assertTrue(r.problems().get(0).contains("supplyVoltage"), r.problems().toString());
    }
}
