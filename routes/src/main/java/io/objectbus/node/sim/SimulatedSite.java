// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.sim;

import io.objectbus.bus.WriteCommand;
import io.objectbus.model.CovPolicy;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated site of floors and rooms for the node's default run and its tests. The simulator routes in
 * {@code routes/simulator/} call it: describe once, step on a timer, apply writes.
 */
public final class SimulatedSite {

    public static final String PROTOCOL = "sim";

    private final Map<String, SimulatedRoom> rooms = new LinkedHashMap<>();
    private final Random random = new Random(7);
    private final Clock clock;
    private Instant lastStep;

    public SimulatedSite(int floors, int roomsPerFloor) {
        this(floors, roomsPerFloor, Clock.systemDefaultZone());
    }

    SimulatedSite(int floors, int roomsPerFloor, Clock clock) {
        this.clock = clock;
        for (int floor = 1; floor <= floors; floor++) {
            for (int room = 1; room <= roomsPerFloor; room++) {
                String id = String.format("room-%d-%02d", floor, room);
                rooms.put(id, new SimulatedRoom(id, floor, random));
            }
        }
    }

    /** The descriptor of every room. */
    public List<ObjectDescriptor> descriptors() {
        return rooms.values().stream().map(SimulatedSite::describe).toList();
    }

    /** Advances the simulation to now and returns every room's values, as {@code {object, resource, v}}. */
    public synchronized List<Map<String, Object>> step() {
        Instant now = clock.instant();
        double seconds = lastStep == null
                ? 1
                : Math.max(0.1, Duration.between(lastStep, now).toMillis() / 1000.0);
        lastStep = now;
        ZonedDateTime local = now.atZone(ZoneId.systemDefault());
        double hour = local.getHour() + local.getMinute() / 60.0;
        List<Map<String, Object>> values = new ArrayList<>();
        for (SimulatedRoom room : rooms.values()) {
            room.step(seconds, hour, random);
            values.addAll(valuesOf(room));
        }
        return values;
    }

    /** Applies a write to the simulated room and returns the room's new values. */
    public synchronized List<Map<String, Object>> apply(WriteCommand command) {
        SimulatedRoom room = rooms.get(command.objectId());
        if (room == null) {
            throw new IllegalArgumentException("no simulated room " + command.objectId());
        }
        switch (command.resourceId()) {
            case "setpoint" -> room.setpoint = ((Number) command.value()).doubleValue();
            case "light" -> room.light = (Boolean) command.value();
            default -> throw new IllegalArgumentException("resource " + command.resourceId() + " is read-only");
        }
        return valuesOf(room);
    }

    private static List<Map<String, Object>> valuesOf(SimulatedRoom room) {
        return List.of(
                value(room, "temperature", round(room.temperature, 2)),
                value(room, "humidity", round(room.humidity, 1)),
                value(room, "co2", Math.round(room.co2)),
                value(room, "occupancy", room.occupied),
                value(room, "light-level", Math.round(room.lightLevel)),
                value(room, "setpoint", room.setpoint),
                value(room, "light", room.light));
    }

    private static Map<String, Object> value(SimulatedRoom room, String resource, Object v) {
        return Map.of("object", room.id, "resource", resource, "v", v);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static ObjectDescriptor describe(SimulatedRoom room) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        resources.put(
                "temperature",
                ResourceDescriptor.number("Cel")
                        .range(-20.0, 50.0)
                        .described("Temperature", "Air temperature")
                        .withCov(new CovPolicy(0.05, null, null, null)));
        resources.put(
                "humidity",
                ResourceDescriptor.number("%RH")
                        .range(0.0, 100.0)
                        .described("Humidity", "Relative humidity")
                        .withCov(new CovPolicy(0.5, null, null, null)));
        resources.put(
                "co2",
                new ResourceDescriptor(
                        ValueType.INTEGER,
                        "ppm",
                        false,
                        0.0,
                        5000.0,
                        null,
                        "CO2",
                        "Carbon dioxide concentration",
                        new CovPolicy(10.0, null, null, null),
                        null));
        resources.put("occupancy", ResourceDescriptor.bool().described("Occupancy", "Someone is in the room"));
        resources.put(
                "light-level",
                new ResourceDescriptor(
                        ValueType.INTEGER,
                        "lx",
                        false,
                        0.0,
                        100000.0,
                        null,
                        "Light level",
                        "Illuminance at the desk",
                        new CovPolicy(null, 5.0, null, null),
                        null));
        resources.put(
                "setpoint",
                ResourceDescriptor.number("Cel")
                        .range(5.0, 30.0)
                        .writable(21.0)
                        .described("Setpoint", "Temperature setpoint"));
        resources.put("light", ResourceDescriptor.bool().writable(false).described("Light", "Ceiling light"));
        return new ObjectDescriptor(
                room.id,
                "Room " + room.floor + "." + room.id.substring(room.id.length() - 2),
                "room",
                PROTOCOL,
                "sim:" + room.id,
                "floor-" + room.floor,
                List.of("room", "simulated"),
                resources,
                30);
    }
}
