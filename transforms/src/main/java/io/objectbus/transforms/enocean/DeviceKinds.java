// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.Map;

/**
 * What the bus needs to know about a device beyond its profile: the object type, how often the device reports when
 * nothing changes, and how many output channels a D2-01 type has (EEP 2.6, D2-01 type table).
 */
public final class DeviceKinds {

    /**
     * Energy-harvesting sensors (STM 3xx and alike) send at the latest every 1000 s even when nothing changes.
     */
    public static final long SENSOR_INTERVAL_SECONDS = 1000;
    /** Battery valves wake up every 2 to 10 minutes; the longest common cycle. */
    public static final long VALVE_INTERVAL_SECONDS = 600;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("F6-02", "rocker-switch"),
            Map.entry("F6-10", "window-handle"),
            Map.entry("D5-00", "contact"),
            Map.entry("A5-02", "temperature-sensor"),
            Map.entry("A5-04", "temperature-humidity-sensor"),
            Map.entry("A5-06", "light-sensor"),
            Map.entry("A5-07", "occupancy-sensor"),
            Map.entry("A5-08", "light-temperature-occupancy-sensor"),
            Map.entry("A5-09", "air-quality-sensor"),
            Map.entry("A5-10", "room-operating-panel"),
            Map.entry("A5-12", "meter"),
            Map.entry("A5-14", "multi-function-sensor"),
            Map.entry("A5-20", "valve-actuator"),
            Map.entry("A5-38", "central-command-actuator"),
            Map.entry("D2-01", "switch-actuator"));

    /** Channels of D2-01 types with more than one output; every other type has one. */
    private static final Map<Integer, Integer> D201_CHANNELS =
            Map.of(0x10, 2, 0x11, 2, 0x12, 2, 0x13, 4, 0x14, 8, 0x15, 4, 0x16, 2);

    private DeviceKinds() {}

    /** The object type, e.g. {@code temperature-sensor}; {@code enocean-device} for a family without one. */
    public static String type(EepId eep) {
        return TYPES.getOrDefault(family(eep), "enocean-device");
    }

    /**
     * Seconds between two reports of an idle device; 0 for devices that only send on an event (switches, handles)
     * or on request (D2-01 actuators), and for receivers that never send (A5-38-08).
     */
    public static long defaultInterval(EepId eep) {
        String family = family(eep);
        if (eep.rorg() == Rorg.RPS || family.equals("A5-38") || eep.rorg() == Rorg.VLD) {
            return 0;
        }
        return family.equals("A5-20") ? VALVE_INTERVAL_SECONDS : SENSOR_INTERVAL_SECONDS;
    }

    /** How many output channels a D2-01 device has by its type; 1 for other profiles. */
    public static int defaultChannels(EepId eep) {
        return isSwitchActuator(eep) ? D201_CHANNELS.getOrDefault(eep.type(), 1) : 1;
    }

    public static boolean isSwitchActuator(EepId eep) {
        return eep.rorg() == Rorg.VLD && eep.func() == 0x01;
    }

    public static boolean isValve(EepId eep) {
        return family(eep).equals("A5-20");
    }

    public static boolean isCentralCommand(EepId eep) {
        return family(eep).equals("A5-38");
    }

    private static String family(EepId eep) {
        return eep.toString().substring(0, 5);
    }
}
