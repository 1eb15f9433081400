// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties read from one object, by standard name ({@code present-value}, {@code status-flags}, {@code
 * units}, ...), as plain Java values: Float for REAL, Long for Unsigned and ENUMERATED, Boolean, String, a list of
 * Booleans for a bit string (status-flags: in-alarm, fault, overridden, out-of-service) and a list for an array
 * (state-text). Properties the device does not have are absent.
 */
public record PointSnapshot(ObjectIdentifier id, Map<String, Object> properties) {
    public PointSnapshot {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Object get(String property) {
        return properties.get(property);
    }
}
