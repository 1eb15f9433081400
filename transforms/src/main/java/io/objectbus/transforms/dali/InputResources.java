// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.ButtonEvent;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.FrameException;
import io.objectbus.component.dali.frame.OccupancyEvent;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of input device instances and their values: push buttons (part 301) give their last event,
 * occupancy sensors (303) occupied, light sensors (304) the illuminance, relative 0..1023 as the event carries it.
 */
public final class InputResources {

    private static final List<String> BUTTON_EVENTS = Arrays.stream(ButtonEvent.values())
            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toList();

    private InputResources() {}

    public static String button(int instance) {
        return "button-" + instance;
    }

    public static String occupied(int instance) {
        return "occupied-" + instance;
    }

    public static String illuminance(int instance) {
        return "illuminance-" + instance;
    }

    static Optional<Map.Entry<String, ResourceDescriptor>> describe(int type, int i) {
        return switch (type) {
            case EventMessage.PUSH_BUTTON ->
                Optional.of(Map.entry(
                        button(i),
                        new ResourceDescriptor(
                                ValueType.ENUM,
                                null,
                                false,
                                null,
                                null,
                                BUTTON_EVENTS,
                                "Button " + i,
                                "last event (IEC 62386-301)",
                                null,
                                null)));
            case EventMessage.OCCUPANCY_SENSOR ->
                Optional.of(
                        Map.entry(occupied(i), ResourceDescriptor.bool().described("Occupied " + i, "IEC 62386-303")));
            case EventMessage.LIGHT_SENSOR ->
                Optional.of(Map.entry(
                        illuminance(i),
                        ResourceDescriptor.number(null)
                                .range(0.0, 1023.0)
                                .described("Illuminance " + i, "relative 0..1023 (IEC 62386-304)")));
            default -> Optional.empty();
        };
    }

    /** The value an event gives an instance of a known type, or empty (unknown type, reserved information). */
    public static Optional<Map.Entry<String, Object>> value(int type, int instance, int info) {
        try {
            return switch (type) {
                case EventMessage.PUSH_BUTTON ->
                    ButtonEvent.of(info)
                            .map(e -> Map.entry(button(instance), (Object)
                                    e.name().toLowerCase(Locale.ROOT).replace('_', '-')));
                case EventMessage.OCCUPANCY_SENSOR ->
                    Optional.of(Map.entry(occupied(instance), (Object)
                            OccupancyEvent.decode(info).occupied()));
                case EventMessage.LIGHT_SENSOR -> Optional.of(Map.entry(illuminance(instance), (Object) info));
                default -> Optional.empty();
            };
        } catch (FrameException e) {
            return Optional.empty();
        }
    }

    /** The value of a polled 16-bit input value (QUERY INPUT VALUE and its latch), as its event would carry it. */
    public static Optional<Map.Entry<String, Object>> polled(int type, int instance, int inputValue) {
        return switch (type) {
            case EventMessage.OCCUPANCY_SENSOR ->
                Optional.of(Map.entry(occupied(instance), (Object) (inputValue > 0x7FFF)));
            case EventMessage.LIGHT_SENSOR -> Optional.of(Map.entry(illuminance(instance), (Object) (inputValue >> 6)));
            default -> Optional.empty();
        };
    }
}
