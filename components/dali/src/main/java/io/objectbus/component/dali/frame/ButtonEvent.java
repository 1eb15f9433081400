// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import java.util.Arrays;
import java.util.Optional;

/** The events of a push button instance, IEC 62386-301 Table 4 (event information values, as python-dali uses). */
public enum ButtonEvent {
    RELEASED(0),
    PRESSED(1),
    SHORT_PRESS(2),
    DOUBLE_PRESS(5),
    LONG_PRESS_START(9),
    LONG_PRESS_REPEAT(11),
    LONG_PRESS_STOP(12),
    FREE(14),
    STUCK(15);

    private final int info;

    ButtonEvent(int info) {
        this.info = info;
    }

    public int info() {
        return info;
    }

    public static Optional<ButtonEvent> of(int info) {
        return Arrays.stream(values()).filter(e -> e.info == info).findFirst();
    }
}
