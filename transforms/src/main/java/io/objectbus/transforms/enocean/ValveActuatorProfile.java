// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A5-20-01 battery-powered actuator (heating valve), both directions (EEP 2.6, A5-20-01).
 *
 * <p>Direction 1, actuator to controller: DB3 current valve position 0..100 %, DB2 flags (service on, energy input
 * enabled, energy storage charged, battery low, contact cover open, temperature sensor failure, window open,
 * actuator obstructed), DB1 temperature 0..255 for 0..40 °C.
 *
 * <p>Direction 2, controller to actuator (the "setPoint" command): DB3 valve position 0..100 % (DB1.2 SPS = 0) or
 * temperature set point 0..255 for 0..40 °C (SPS = 1), DB2 room temperature 255..0 for 0..40 °C, DB1 run init,
 * lift set, valve open, valve closed, summer mode, SPS, set point inverse, service on.
 */
final class ValveActuatorProfile implements EepActuator {

    private static final EepId ID = new EepId(0xA5, 0x20, 0x01);
    private static final Set<String> WRITABLE = Set.of(
            "valvePosition",
            "temperatureSetPoint",
            "roomTemperature",
            "summerMode",
            "runInit",
            "liftSet",
            "valveOpen",
            "valveClosed");

    private final TableProfile report = TableProfile.bs4(
            0x20,
            0x01,
            "Battery Powered Actuator (BI-DIR)",
            Field.scaled("valvePosition", 0, 8, 0, 100, 0, 100, "%"),
            Field.flag("serviceOn", 8),
            Field.flag("energyInputEnabled", 9),
            Field.flag("energyStorageCharged", 10),
            Field.flag("batteryLow", 11),
            Field.flag("contactCoverOpen", 12),
            Field.flag("temperatureSensorFailure", 13),
            Field.flag("windowOpen", 14),
            Field.flag("actuatorObstructed", 15),
            Field.scaled("temperature", 16, 8, 0, 255, 0, 40, "Cel"));

    private final TableProfile command = TableProfile.bs4(
            0x20,
            0x01,
            "Battery Powered Actuator, set point",
            Field.scaled("valvePosition", 0, 8, 0, 100, 0, 100, "%").when(21, 1, 0),
            Field.scaled("temperatureSetPoint", 0, 8, 0, 255, 0, 40, "Cel").when(21, 1, 1),
            Field.scaled("roomTemperature", 8, 8, 255, 0, 0, 40, "Cel"),
            Field.flag("runInit", 16),
            Field.flag("liftSet", 17),
            Field.flag("valveOpen", 18),
            Field.flag("valveClosed", 19),
            Field.flag("summerMode", 20),
            Field.flag("setPointInverse", 22),
            Field.flag("serviceOn", 23));

    @Override
    public EepId id() {
        return ID;
    }

    @Override
    public String title() {
        return report.title();
    }

    /** The reported resources, then the ones only commands carry (set points, room temperature, modes). */
    @Override
    public List<ResourceSpec> resources() {
        List<ResourceSpec> all = new java.util.ArrayList<>(report.resources().stream()
                .map(r -> WRITABLE.contains(r.id()) ? r.asWritable() : r)
                .toList());
        Set<String> reported =
                new java.util.HashSet<>(all.stream().map(ResourceSpec::id).toList());
        command.resources().stream()
                .filter(r -> WRITABLE.contains(r.id()) && !reported.contains(r.id()))
                .forEach(r -> all.add(r.asWritable()));
        return List.copyOf(all);
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        return report.decode(data, status);
    }

    @Override
    public EepData encode(Map<String, Object> values) {
        return report.encode(values);
    }

    @Override
    public List<String> commands() {
        return List.of("setPoint");
    }

    @Override
    public EepData encodeCommand(Command c) {
        if (!c.name().equals("setPoint")) {
            throw new EepException(ID + " has no command " + c.name() + "; commands are " + commands());
        }
        return command.encode(c.arguments());
    }

    @Override
    public EepResult decodeCommand(byte[] data) {
        return command.decode(data, 0);
    }

    @Override
    public Command commandFor(String resource, Object value) {
        if (!WRITABLE.contains(resource)) {
            throw new EepException(ID + ": " + resource + " is not writable; writable are " + WRITABLE);
        }
        return new Command("setPoint", Map.of(resource, value));
    }
}
