// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import static io.objectbus.bacnet.model.PropertyIdentifier.*;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.BooleanValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import java.util.ArrayList;
import java.util.List;

/** The properties of a {@link PointObject}: which it has, how they read, and which writes it accepts. */
final class PointProperties {
    private PointProperties() {}

    static List<Integer> ids(PointObject point) {
        List<Integer> ids = new ArrayList<>();
        for (int id : PointObject.COMMON) {
            ids.add(id);
        }
        switch (point.kind()) {
            case ANALOG -> ids.addAll(analogIds(point));
            case BINARY -> ids.addAll(binaryIds(point));
            case MULTI_STATE -> ids.addAll(List.of(NUMBER_OF_STATES, STATE_TEXT));
        }
        if (point.isCommandable()) {
            ids.addAll(List.of(PRIORITY_ARRAY, RELINQUISH_DEFAULT));
        }
        ids.add(PROPERTY_LIST);
        return ids;
    }

    private static List<Integer> analogIds(PointObject point) {
        List<Integer> ids = new ArrayList<>(List.of(UNITS, COV_INCREMENT));
        if (point.minPresValue() != null) {
            ids.add(MIN_PRES_VALUE);
        }
        if (point.maxPresValue() != null) {
            ids.add(MAX_PRES_VALUE);
        }
        return ids;
    }

    private static List<Integer> binaryIds(PointObject point) {
        List<Integer> ids = new ArrayList<>(List.of(84)); // polarity, required for binary inputs and outputs
        if (point.activeText() != null) {
            ids.addAll(List.of(INACTIVE_TEXT, ACTIVE_TEXT));
        }
        return ids;
    }

    static Property read(PointObject point, int property) {
        if (!ids(point).contains(property)) {
            throw PropertyException.unknownProperty();
        }
        return switch (property) {
            case OBJECT_IDENTIFIER -> Property.of(new ObjectIdValue(point.id()));
            case OBJECT_NAME -> Property.of(new CharacterStringValue(point.name()));
            case OBJECT_TYPE -> Property.of(new EnumeratedValue(point.id().type()));
            case PRESENT_VALUE -> Property.of(point.presentValue());
            case DESCRIPTION -> Property.of(new CharacterStringValue(point.description()));
            case STATUS_FLAGS -> Property.of(statusFlags(point));
            case EVENT_STATE, 84 -> Property.of(new EnumeratedValue(0)); // normal; polarity normal
            case RELIABILITY -> Property.of(new EnumeratedValue(point.faulty() ? 7 : 0)); // unreliable-other
            case OUT_OF_SERVICE -> Property.of(new BooleanValue(point.outOfService()));
            default -> readSpecific(point, property);
        };
    }

    private static Property readSpecific(PointObject point, int property) {
        return switch (property) {
            case UNITS -> Property.of(new EnumeratedValue(point.units()));
            case COV_INCREMENT -> Property.of(new RealValue(point.covIncrementValue()));
            case MIN_PRES_VALUE -> Property.of(new RealValue(point.minPresValue()));
            case MAX_PRES_VALUE -> Property.of(new RealValue(point.maxPresValue()));
            case NUMBER_OF_STATES -> Property.of(new UnsignedValue(point.numberOfStates()));
            case STATE_TEXT ->
                Property.array(point.stateTextList().stream()
                        .map(text -> (BacnetValue) new CharacterStringValue(text))
                        .toList());
            case INACTIVE_TEXT -> Property.of(new CharacterStringValue(point.inactiveText()));
            case ACTIVE_TEXT -> Property.of(new CharacterStringValue(point.activeText()));
            case PRIORITY_ARRAY -> Property.array(point.priorityArray().slots());
            case RELINQUISH_DEFAULT -> Property.of(point.priorityArray().relinquishDefault());
            case PROPERTY_LIST -> Property.array(propertyList(point));
            default -> throw PropertyException.unknownProperty();
        };
    }

    /** Status-flags (clause 12.2.9): in-alarm, fault, overridden, out-of-service. */
    static BitStringValue statusFlags(PointObject point) {
        return new BitStringValue(new boolean[] {false, point.faulty(), false, point.outOfService()});
    }

    /** Property-list leaves out object-identifier, object-name, object-type and itself (clause 12.1.1.4.1). */
    private static List<BacnetValue> propertyList(PointObject point) {
        return ids(point).stream()
                .filter(id -> id != OBJECT_IDENTIFIER && id != OBJECT_NAME && id != OBJECT_TYPE && id != PROPERTY_LIST)
                .map(id -> (BacnetValue) new EnumeratedValue(id))
                .toList();
    }

    static void write(PointObject point, int property, Integer arrayIndex, BacnetValue value, int priority) {
        Property current = read(point, property);
        if (arrayIndex != null) {
            throw current.array() ? PropertyException.writeAccessDenied() : PropertyException.notAnArray();
        }
        switch (property) {
            case PRESENT_VALUE -> writePresentValue(point, value, priority);
            case RELINQUISH_DEFAULT -> point.relinquishDefault(value);
            case OUT_OF_SERVICE -> point.setOutOfService(bool(value));
            case OBJECT_NAME -> point.setName(text(value));
            case DESCRIPTION -> point.description(text(value));
            case COV_INCREMENT -> point.covIncrement(real(value));
            default -> throw PropertyException.writeAccessDenied();
        }
    }

    /** Commandable objects write into the priority array; inputs only while out of service (clause 12.2.4). */
    private static void writePresentValue(PointObject point, BacnetValue value, int priority) {
        if (point.isCommandable() && !point.outOfService()) {
            if (!(value instanceof NullValue)) {
                point.kind().check(value, point);
            }
            point.priorityArray().set(priority, value);
            point.commanded();
        } else if (point.outOfService()) {
            point.kind().check(value, point);
            point.setProcessValue(value);
            point.commanded();
        } else {
            throw PropertyException.writeAccessDenied();
        }
    }

    private static boolean bool(BacnetValue value) {
        if (value instanceof BooleanValue b) {
            return b.value();
        }
        throw PropertyException.invalidDataType();
    }

    private static String text(BacnetValue value) {
        if (value instanceof CharacterStringValue c) {
            return c.value();
        }
        throw PropertyException.invalidDataType();
    }

    private static float real(BacnetValue value) {
        if (value instanceof RealValue r && r.value() >= 0) {
            return r.value();
        }
        throw PropertyException.invalidDataType();
    }
}
