// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacnetUnitsTest {

    /** BACnetEngineeringUnits values of ASHRAE 135 clause 21. */
    @ParameterizedTest
    @CsvSource({
        "62, Cel",
        "63, K",
        "64, [degF]",
        "29, %RH",
        "98, %",
        "96, ppm",
        "97, ppb",
        "53, Pa",
        "133, hPa",
        "54, kPa",
        "55, bar",
        "134, mbar",
        "56, [psi]",
        "135, m3/h",
        "85, m3/s",
        "87, L/s",
        "88, L/min",
        "136, L/h",
        "47, W",
        "48, kW",
        "49, MW",
        "18, Wh",
        "19, kWh",
        "146, MWh",
        "16, J",
        "17, kJ",
        "126, MJ",
        "37, lx",
        "36, lm",
        "5, V",
        "124, mV",
        "6, kV",
        "3, A",
        "2, mA",
        "27, Hz",
        "129, kHz",
        "4, Ohm",
        "8, VA",
        "11, var",
        "73, s",
        "159, ms",
        "72, min",
        "71, h",
        "74, m/s",
        "75, km/h",
        "31, m",
        "30, mm",
        "80, m3",
        "82, L",
        "39, kg",
        "104, /min",
        "90, deg"
    })
    void commonUnitsHaveTheirUcumCode(int units, String ucum) {
        assertThat(BacnetUnits.toUcum(units)).isEqualTo(ucum);
        assertThat(BacnetUnits.fromUcum(ucum)).isIn(units, 104, 100);
    }

    @Test
    void noUnitsAndUnknownUnitsHaveNoCode() {
        assertThat(BacnetUnits.toUcum(BacnetUnits.NO_UNITS)).isNull();
        assertThat(BacnetUnits.toUcum(52)).isNull();
        assertThat(BacnetUnits.name(52)).isEqualTo("units-52");
        assertThat(BacnetUnits.toUcum(50000)).isNull();
        assertThat(BacnetUnits.fromUcum("furlong/fortnight")).isEqualTo(BacnetUnits.NO_UNITS);
        assertThat(BacnetUnits.fromUcum(null)).isEqualTo(BacnetUnits.NO_UNITS);
    }

    @Test
    void everyCodeMapsBackToAUnitWithTheSameCode() {
        Map<Integer, String> table = BacnetUnits.table();
        assertThat(table).hasSizeGreaterThan(100);
        table.forEach((units, ucum) -> {
            if (ucum != null) {
                assertThat(BacnetUnits.toUcum(BacnetUnits.fromUcum(ucum))).isEqualTo(ucum);
            }
        });
        // Where two BACnet units share a code, the plain one wins: kelvin, not delta kelvin.
        assertThat(BacnetUnits.fromUcum("K")).isEqualTo(63);
        assertThat(BacnetUnits.fromUcum("/min")).isEqualTo(104);
    }
}
