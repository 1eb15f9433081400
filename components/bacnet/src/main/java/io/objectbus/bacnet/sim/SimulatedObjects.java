// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.sim;

import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.server.InMemoryObjectStore;
import io.objectbus.bacnet.server.PointObject;
import java.util.List;

/** The objects of the simulated device: a small air handling zone. */
final class SimulatedObjects {
    static final int DEGREES_CELSIUS = 62;
    static final int PERCENT = 98;
    static final int PERCENT_RELATIVE_HUMIDITY = 29;

    private SimulatedObjects() {}

    static InMemoryObjectStore standard() {
        return new InMemoryObjectStore()
                .add(PointObject.of(ObjectType.ANALOG_INPUT, 1, "Zone Temperature")
                        .description("Temperature in the zone")
                        .units(DEGREES_CELSIUS)
                        .limits(-40f, 80f)
                        .covIncrement(0.5f)
                        .updatePresentValue(new RealValue(21.0f)))
                .add(PointObject.of(ObjectType.ANALOG_INPUT, 2, "Zone Humidity")
                        .units(PERCENT_RELATIVE_HUMIDITY)
                        .limits(0f, 100f)
                        .covIncrement(1f)
                        .updatePresentValue(new RealValue(45.0f)))
                .add(PointObject.of(ObjectType.ANALOG_OUTPUT, 1, "Valve Position")
                        .units(PERCENT)
                        .limits(0f, 100f)
                        .relinquishDefault(new RealValue(0f)))
                .add(PointObject.of(ObjectType.ANALOG_VALUE, 1, "Temperature Setpoint")
                        .units(DEGREES_CELSIUS)
                        .limits(10f, 30f)
                        .relinquishDefault(new RealValue(21.0f)))
                .add(PointObject.of(ObjectType.BINARY_INPUT, 1, "Occupancy").binaryTexts("Unoccupied", "Occupied"))
                .add(PointObject.of(ObjectType.BINARY_OUTPUT, 1, "Fan Command").binaryTexts("Off", "On"))
                .add(PointObject.of(ObjectType.BINARY_VALUE, 1, "Alarm Enable")
                        .relinquishDefault(new EnumeratedValue(1)))
                .add(PointObject.of(ObjectType.MULTI_STATE_INPUT, 1, "Operating Mode")
                        .stateTexts(List.of("Off", "Heat", "Cool", "Auto")))
                .add(PointObject.of(ObjectType.MULTI_STATE_OUTPUT, 1, "Fan Speed")
                        .stateTexts(List.of("Off", "Low", "Medium", "High")))
                .add(PointObject.of(ObjectType.MULTI_STATE_VALUE, 1, "Season")
                        .stateTexts(List.of("Winter", "Summer"))
                        .relinquishDefault(new UnsignedValue(1)));
    }

    static PointObject extra(int type, int instance) {
        return PointObject.of(type, instance, ObjectType.name(type) + " " + instance);
    }
}
