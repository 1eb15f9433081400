// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.List;
import java.util.Map;

/** RPS and 1BS profiles: rocker switches, window handle, single contact. */
final class SwitchCatalog {

    private SwitchCatalog() {}

    static List<EepProfile> profiles() {
        return List.of(
                new RockerSwitchProfile(0x01, "Light and Blind Control - Application Style 1"),
                new RockerSwitchProfile(0x02, "Light and Blind Control - Application Style 2"),
                windowHandle(),
                contact());
    }

    /**
     * F6-10-00 window handle: DB0.7..4 0b11X0 horizontal (open), 0b1111 down (closed), 0b1101 up (tilted); sent with
     * T21 = 1, NU = 0.
     */
    static EepProfile windowHandle() {
        Field handle = Field.states("handle", 0, 4, Map.of(0xC, "open", 0xE, "open", 0xF, "closed", 0xD, "tilted"));
        return new TableProfile(new EepId(Rorg.RPS, 0x10, 0x00), "Window Handle", 1, List.of(handle), 0x20);
    }

    /** D5-00-01 single input contact: DB0.0 0 open, 1 closed; DB0.3 LRN. */
    static EepProfile contact() {
        Field contact = Field.states("contact", 7, 1, Map.of(0, "open", 1, "closed"));
        return new TableProfile(new EepId(Rorg.BS1, 0x00, 0x01), "Single Input Contact", 1, List.of(contact));
    }
}
