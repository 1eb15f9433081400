// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetValue;
import java.util.List;

/**
 * A property's current content: a single value, a list, or a BACnetARRAY whose elements can be read one by one
 * (index 0 is the length, clause 12.1).
 */
public record Property(boolean array, List<BacnetValue> elements) {
    public Property {
        elements = List.copyOf(elements);
    }

    public static Property of(BacnetValue value) {
        return new Property(false, List.of(value));
    }

    public static Property list(List<BacnetValue> values) {
        return new Property(false, values);
    }

    public static Property array(List<BacnetValue> elements) {
        return new Property(true, elements);
    }
}
