// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import static io.objectbus.bacnet.model.PropertyIdentifier.*;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.BooleanValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.server.Property;
import io.objectbus.bacnet.server.PropertyException;
import io.objectbus.transforms.bacnet.BacnetUnits;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties of a {@link BusPoint} (clause 12.3, 12.6, 12.20 for analog, binary and multi-state values). The bus
 * quality shows in status-flags and reliability: a bad value is a fault (unreliable-other), a stale one a fault
 * (communication-failure).
 */
final class BusPointProperties {
    private static final int RELIABILITY_UNRELIABLE_OTHER = 7;
    private static final int RELIABILITY_COMMUNICATION_FAILURE = 12;

    private BusPointProperties() {}

    static List<Integer> ids(BusPoint point) {
        List<Integer> ids = new ArrayList<>(List.of(
                OBJECT_IDENTIFIER,
                OBJECT_NAME,
                OBJECT_TYPE,
                PRESENT_VALUE,
                DESCRIPTION,
                STATUS_FLAGS,
                EVENT_STATE,
                RELIABILITY,
                OUT_OF_SERVICE));
        if (point.id().type() == ObjectType.ANALOG_VALUE) {
            ids.addAll(List.of(UNITS, COV_INCREMENT));
            if (point.resource().min() != null) {
                ids.add(MIN_PRES_VALUE);
            }
            if (point.resource().max() != null) {
                ids.add(MAX_PRES_VALUE);
            }
        } else if (point.id().type() == ObjectType.MULTI_STATE_VALUE) {
            ids.addAll(List.of(NUMBER_OF_STATES, STATE_TEXT));
        }
        if (point.priorities() != null) {
            ids.addAll(List.of(PRIORITY_ARRAY, RELINQUISH_DEFAULT));
        }
        ids.add(PROPERTY_LIST);
        return ids;
    }

    static Property read(BusPoint point, int property) {
        if (!ids(point).contains(property)) {
            throw PropertyException.unknownProperty();
        }
        return switch (property) {
            case OBJECT_IDENTIFIER -> Property.of(new ObjectIdValue(point.id()));
            case OBJECT_NAME -> text(point.name());
            case OBJECT_TYPE -> Property.of(new EnumeratedValue(point.id().type()));
            case PRESENT_VALUE ->
                Property.of(BusValues.toBacnet(point, point.reading().value()));
            case DESCRIPTION -> text(point.description());
            case STATUS_FLAGS ->
                Property.of(new BitStringValue(new boolean[] {false, reliability(point) != 0, false, false}));
            case EVENT_STATE -> Property.of(new EnumeratedValue(0));
            case RELIABILITY -> Property.of(new EnumeratedValue(reliability(point)));
            case OUT_OF_SERVICE -> Property.of(new BooleanValue(false));
            default -> readSpecific(point, property);
        };
    }

    private static Property readSpecific(BusPoint point, int property) {
        return switch (property) {
            case UNITS ->
                Property.of(new EnumeratedValue(
                        BacnetUnits.fromUcum(point.resource().unit())));
            case COV_INCREMENT -> Property.of(new RealValue(0f));
            case MIN_PRES_VALUE ->
                Property.of(new RealValue(point.resource().min().floatValue()));
            case MAX_PRES_VALUE ->
                Property.of(new RealValue(point.resource().max().floatValue()));
            case NUMBER_OF_STATES ->
                Property.of(new UnsignedValue(point.states().size()));
            case STATE_TEXT ->
                Property.array(point.states().stream()
                        .map(text -> (BacnetValue) new CharacterStringValue(text))
                        .toList());
            case PRIORITY_ARRAY -> Property.array(point.priorities().slots());
            case RELINQUISH_DEFAULT -> Property.of(point.priorities().relinquishDefault());
            case PROPERTY_LIST -> Property.array(propertyList(point));
            default -> throw PropertyException.unknownProperty();
        };
    }

    /** No fault while the bus value is good or uncertain and fits; else why not (clause 12.3.8). */
    private static int reliability(BusPoint point) {
        BusPoint.Reading reading = point.reading();
        if ("stale".equals(reading.quality())) {
            return RELIABILITY_COMMUNICATION_FAILURE;
        }
        return "bad".equals(reading.quality()) || !BusValues.fits(point, point.value())
                ? RELIABILITY_UNRELIABLE_OTHER
                : 0;
    }

    private static List<BacnetValue> propertyList(BusPoint point) {
        return ids(point).stream()
                .filter(id -> id != OBJECT_IDENTIFIER && id != OBJECT_NAME && id != OBJECT_TYPE && id != PROPERTY_LIST)
                .map(id -> (BacnetValue) new EnumeratedValue(id))
                .toList();
    }

    private static Property text(String value) {
        return Property.of(new CharacterStringValue(value == null ? "" : value));
    }
}
