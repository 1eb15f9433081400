// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bus.WriteCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * How a bus write reaches a device's priority array. The bus resolves its own 16 levels; the device then holds the
 * bus's effective value at the same level, and only there: a value from bus level p is written at priority p, and
 * the level the bus held before, if another, is relinquished after it; the bus's relinquish default relinquishes
 * the level the bus held, so that the device falls back to its own relinquish default.
 *
 * @param objectId the bus object
 * @param steps    the writes, in order
 * @param holds    the device priority the bus holds after the steps, 0 for none
 */
public record BacnetWritePlan(String objectId, List<BacnetWrite> steps, int holds) {
    public BacnetWritePlan {
        steps = List.copyOf(steps);
    }

    /**
     * @param held the device priority the bus held before, null when not known (e.g. after a restart of the node)
     */
    public static BacnetWritePlan of(PointInfo point, WriteCommand command, Integer held) {
        List<BacnetWrite> steps = new ArrayList<>();
        String object = point.id().toString();
        if (command.priority() == 0) {
            int level = held != null ? held : command.writtenPriority();
            if (level >= 1 && level <= 16) {
                steps.add(write(point, object, null, level));
            }
            return new BacnetWritePlan(point.objectId(), steps, 0);
        }
        steps.add(write(point, object, command.value(), command.priority()));
        if (held != null && held != command.priority()) {
            steps.add(write(point, object, null, held));
        }
        return new BacnetWritePlan(point.objectId(), steps, command.priority());
    }

    private static BacnetWrite write(PointInfo point, String object, Object value, int priority) {
        return new BacnetWrite(point.device(), point.address(), object, BacnetValues.toBacnet(point, value), priority);
    }
}
