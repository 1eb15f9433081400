// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.List;

/**
 * The outcome of reading one property: its values (one for a scalar, several for a list or a whole array), or the
 * error the device gave for it (ReadPropertyMultiple reports errors per property).
 *
 * @param arrayIndex null when the whole property was read
 * @param error      null on success
 */
public record PropertyResult(
        ObjectIdentifier objectId, int property, Integer arrayIndex, List<BacnetValue> values, BacnetError error) {
    public PropertyResult {
        values = List.copyOf(values);
    }

    public boolean ok() {
        return error == null;
    }

    /** The property's name, e.g. {@code present-value}. */
    public String propertyName() {
        return PropertyIdentifier.name(property);
    }

    /** The value as plain Java: the single value, a list for several, null for NULL or an error. */
    public Object value() {
        if (values.size() == 1) {
            return values.get(0).toJava();
        }
        return values.isEmpty()
                ? null
                : values.stream().map(BacnetValue::toJava).toList();
    }
}
