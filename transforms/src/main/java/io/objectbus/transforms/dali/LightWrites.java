// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import java.util.Optional;

/**
 * A write to a light or group as the frame it becomes: {@code on} RECALL MAX LEVEL or OFF, {@code level} percent as
 * DAPC through the dimming curve, {@code scene} GO TO SCENE. A level the gear cannot show (between off and its MIN
 * LEVEL, or above its MAX LEVEL) is refused with the gear's limits rather than silently clamped.
 */
public final class LightWrites {

    private LightWrites() {}

    /**
     * @param gear the gear's limits, or null for a group (its members clamp for themselves)
     * @return the frame, or empty for a relinquish that changes nothing
     */
    public static Optional<ForwardFrame> frame(Address address, String resource, Object value, GearInfo gear) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (resource) {
                    case DaliObjects.ON ->
                        ForwardFrame.command(
                                address, Boolean.TRUE.equals(value) ? GearCommand.RECALL_MAX_LEVEL : GearCommand.OFF);
                    case DaliObjects.LEVEL -> ForwardFrame.dapc(address, arc(((Number) value).doubleValue(), gear));
                    case DaliObjects.SCENE ->
                        ForwardFrame.command(address, GearCommand.GO_TO_SCENE, ((Number) value).intValue());
                    default -> throw new IllegalArgumentException(resource + " is not writable");
                });
    }

    static int arc(double percent, GearInfo gear) {
        int arc = DimmingCurve.arc(percent);
        if (gear == null || arc == 0) {
            return arc;
        }
        if (arc < gear.minLevel() || arc > gear.maxLevel()) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "level %s %% is outside what A%d can show: %.1f..%.1f %% (MIN LEVEL %d, MAX LEVEL %d), or 0 for off",
                    percent,
                    gear.shortAddress(),
                    DimmingCurve.percent(gear.minLevel()),
                    DimmingCurve.percent(gear.maxLevel()),
                    gear.minLevel(),
                    gear.maxLevel()));
        }
        return arc;
    }
}
