// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.frame.Address;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LightWritesTest {

    private final GearInfo gear = new GearInfo(4, 6, 0, 86, 200, 0, GearStatus.decode(0));

    @Test
    void aLevelInPercentBecomesOneDapcFrameThroughTheCurve() {
        assertEquals(
                0x08AA,
                LightWrites.frame(Address.shortAddress(4), "level", 10.0, gear)
                        .orElseThrow()
                        .data());
        assertEquals(
                0x8400,
                LightWrites.frame(Address.group(2), "level", 0, null)
                        .orElseThrow()
                        .data());
        assertEquals(
                0x0905,
                LightWrites.frame(Address.shortAddress(4), "on", true, gear)
                        .orElseThrow()
                        .data());
        assertEquals(
                0x0913,
                LightWrites.frame(Address.shortAddress(4), "scene", 3, gear)
                        .orElseThrow()
                        .data());
        assertEquals(Optional.empty(), LightWrites.frame(Address.shortAddress(4), "level", null, gear));
    }

    @Test
    void aLevelOutsideTheGearsMinAndMaxIsRefusedWithItsLimits() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LightWrites.frame(Address.shortAddress(4), "level", 0.5, gear));
        assertTrue(e.getMessage().contains("outside what A4 can show: 1.0..22.9 %"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> LightWrites.frame(Address.shortAddress(4), "level", 90.0, gear));
    }
}
