// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.junit.jupiter.api.Test;

class UneceUnitsTest {

    // OPC UA Part 8 clause 5.6.3 gives degree Celsius, common code CEL, as UnitId 4408652.
    @Test
    void commonCodesPackIntoTheUnitIdOfPart8() {
        assertThat(UneceUnits.unitId("CEL")).isEqualTo(4408652);
        assertThat(UneceUnits.unitId("P1")).isEqualTo(('P' << 8) | '1');
    }

    @Test
    void aUneceUnitIdBecomesItsUcumCode() {
        assertThat(UneceUnits.toUcum(unece("CEL", "°C"))).isEqualTo("Cel");
        assertThat(UneceUnits.toUcum(unece("KWH", "kWh"))).isEqualTo("kWh");
        assertThat(UneceUnits.toUcum(unece("P1", "%"))).isEqualTo("%");
        assertThat(UneceUnits.toUcum(unece("59", "ppm"))).isEqualTo("ppm");
    }

    @Test
    void withoutAKnownIdTheDisplayNameDecides() {
        EUInformation symbolOnly = new EUInformation(null, -1, LocalizedText.english("°C"), LocalizedText.NULL_VALUE);
        EUInformation custom = new EUInformation("urn:vendor", 7, LocalizedText.english("bottles/h"), null);
        assertThat(UneceUnits.toUcum(symbolOnly)).isEqualTo("Cel");
        assertThat(UneceUnits.toUcum(custom)).isEqualTo("bottles/h");
        assertThat(UneceUnits.toUcum(null)).isNull();
    }

    @Test
    void ucumCodesBecomeUneceEngineeringUnitsForOpcUaClients() {
        EUInformation celsius = UneceUnits.fromUcum("Cel");
        assertThat(celsius.getNamespaceUri()).isEqualTo(UneceUnits.NAMESPACE);
        assertThat(celsius.getUnitId()).isEqualTo(4408652);
        assertThat(celsius.getDisplayName().text()).isEqualTo("°C");
        assertThat(UneceUnits.fromUcum("%RH").getUnitId()).isEqualTo(UneceUnits.unitId("P1"));
        assertThat(UneceUnits.fromUcum("%RH").getDisplayName().text()).isEqualTo("%RH");
        assertThat(UneceUnits.fromUcum("dBm").getUnitId()).isEqualTo(-1);
    }

    @Test
    void everyUcumCodeGoesThereAndBack() {
        for (String ucum : new String[] {"Cel", "W", "Wh", "kWh", "lx", "ppm", "Pa", "V", "A", "m3", "%", "s", "Hz"}) {
            assertThat(UneceUnits.toUcum(UneceUnits.fromUcum(ucum))).as(ucum).isEqualTo(ucum);
        }
    }

    private static EUInformation unece(String code, String symbol) {
        return new EUInformation(
                UneceUnits.NAMESPACE, UneceUnits.unitId(code), LocalizedText.english(symbol), LocalizedText.NULL_VALUE);
    }
}
