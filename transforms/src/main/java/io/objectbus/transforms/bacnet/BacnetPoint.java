// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.network.PointSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One BACnet object as the mapping reads it: its identifier ({@code analog-input:1}) and its properties by standard
 * name, as plain values (numbers, booleans, texts, a list of four booleans for status-flags, a list of texts for
 * state-text). The golden files of the mapping's tests are written in this form.
 */
public record BacnetPoint(String object, Map<String, Object> properties) {
    public BacnetPoint {
        ObjectIdentifier.parse(object);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static BacnetPoint of(PointSnapshot snapshot) {
        return new BacnetPoint(snapshot.id().toString(), snapshot.properties());
    }

    public ObjectIdentifier id() {
        return ObjectIdentifier.parse(object);
    }

    public Object get(String property) {
        return properties.get(property);
    }

    /** A text property; null when absent or blank. */
    public String text(String property) {
        Object value = properties.get(property);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
