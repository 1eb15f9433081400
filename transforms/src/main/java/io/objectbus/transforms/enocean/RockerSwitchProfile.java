// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * F6-02-01 and F6-02-02, light and blind control with two rockers (EEP 2.6, F6-02). The status byte says how to read
 * the data byte: with NU = 1 (status bit 4) DB0.7..5 is the first button (0 AI, 1 A0, 2 BI, 3 B0), DB0.4 the energy
 * bow (1 pressed), DB0.3..1 the second button and DB0.0 whether there is one; with NU = 0 DB0.7..5 counts the buttons
 * pressed (0 none, 3 three or four) and DB0.4 is the energy bow. T21 (status bit 5) is 1 for these switches.
 */
final class RockerSwitchProfile implements EepProfile {

    static final List<String> BUTTONS = List.of("AI", "A0", "BI", "B0");
    private static final int T21 = 0x20;
    private static final int NU = 0x10;

    private final EepId id;
    private final String title;

    RockerSwitchProfile(int type, String title) {
        this.id = new EepId(Rorg.RPS, 0x02, type);
        this.title = title;
    }

    @Override
    public EepId id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<ResourceSpec> resources() {
        return List.of(
                ResourceSpec.states("button", BUTTONS),
                ResourceSpec.flag("pressed"),
                ResourceSpec.states("secondButton", BUTTONS),
                ResourceSpec.states("buttons", List.of("none", "three-or-four")));
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        if (data.length != 1) {
            return EepResult.rejected(id + " needs 1 data byte, got " + data.length);
        }
        int db0 = data[0] & 0xFF;
        List<Reading> readings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        readings.add(new Reading("pressed", (db0 & 0x10) != 0, null));
        if ((status & NU) != 0) {
            button("button", db0 >> 5, readings, problems);
            if ((db0 & 0x01) != 0) {
                button("secondButton", (db0 >> 1) & 0x07, readings, problems);
            }
        } else if (db0 >> 5 == 0 || db0 >> 5 == 3) {
            readings.add(new Reading("buttons", db0 >> 5 == 0 ? "none" : "three-or-four", null));
        } else {
            problems.add("buttons: " + (db0 >> 5) + " is not a defined button count");
        }
        return new EepResult(readings, problems);
    }

    @Override
    public EepData encode(Map<String, Object> values) {
        boolean pressed = Boolean.TRUE.equals(values.get("pressed"));
        int db0 = pressed ? 0x10 : 0;
        if (values.get("button") == null) {
            db0 |= "three-or-four".equals(values.get("buttons")) ? 0x60 : 0;
            return new EepData(Rorg.RPS, new byte[] {(byte) db0}, T21);
        }
        db0 |= indexOf("button", values.get("button")) << 5;
        if (values.get("secondButton") != null) {
            db0 |= (indexOf("secondButton", values.get("secondButton")) << 1) | 0x01;
        }
        return new EepData(Rorg.RPS, new byte[] {(byte) db0}, T21 | NU);
    }

    private static void button(String resource, int index, List<Reading> readings, List<String> problems) {
        if (index < BUTTONS.size()) {
            readings.add(new Reading(resource, BUTTONS.get(index), null));
        } else {
            problems.add(resource + ": " + index + " is not a defined button");
        }
    }

    private static int indexOf(String resource, Object value) {
        int index = BUTTONS.indexOf(String.valueOf(value));
        if (index < 0) {
            throw new EepException(resource + " must be one of " + BUTTONS + ", got " + value);
        }
        return index;
    }
}
