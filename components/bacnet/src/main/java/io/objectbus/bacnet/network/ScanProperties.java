// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import static io.objectbus.bacnet.model.PropertyIdentifier.*;

import io.objectbus.bacnet.model.ObjectType;
import java.util.ArrayList;
import java.util.List;

/** Which objects a scan describes, and which of their properties it reads (clause 12). */
final class ScanProperties {
    /** Services supported bits (clause 21, BACnetServicesSupported). */
    static final int SERVICE_SUBSCRIBE_COV = 5;

    static final int SERVICE_READ_PROPERTY_MULTIPLE = 14;

    static final List<Integer> DEVICE =
            List.of(OBJECT_NAME, DESCRIPTION, LOCATION, VENDOR_NAME, MODEL_NAME, PROTOCOL_SERVICES_SUPPORTED);

    static final List<Integer> VALUE = List.of(PRESENT_VALUE, STATUS_FLAGS);

    private ScanProperties() {}

    /** Analog, binary and multi-state inputs, outputs and values. */
    static boolean isPoint(int type) {
        return ObjectType.isAnalog(type) || ObjectType.isBinary(type) || ObjectType.isMultiState(type);
    }

    static List<Integer> of(int type) {
        List<Integer> ids =
                new ArrayList<>(List.of(OBJECT_NAME, DESCRIPTION, PRESENT_VALUE, STATUS_FLAGS, RELIABILITY));
        if (ObjectType.isAnalog(type)) {
            ids.addAll(List.of(UNITS, MIN_PRES_VALUE, MAX_PRES_VALUE, COV_INCREMENT));
        } else if (ObjectType.isBinary(type)) {
            ids.addAll(List.of(INACTIVE_TEXT, ACTIVE_TEXT));
        } else {
            ids.addAll(List.of(NUMBER_OF_STATES, STATE_TEXT));
        }
        // Commandable objects have a relinquish-default (clause 19.2.1); outputs always, values optionally.
        if (type != ObjectType.ANALOG_INPUT
                && type != ObjectType.BINARY_INPUT
                && type != ObjectType.MULTI_STATE_INPUT) {
            ids.add(RELINQUISH_DEFAULT);
        }
        return ids;
    }
}
