// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/** One object served by a {@link LocalDevice}: its properties as the device's services see them. */
public interface BacnetObject {
    ObjectIdentifier id();

    String name();

    /** Every property the object has, in the order ReadPropertyMultiple ALL returns them. */
    List<Integer> propertyIds();

    /**
     * Reads a whole property.
     *
     * @throws PropertyException unknown-property when the object does not have it
     */
    Property read(int property);

    /**
     * Writes a property (WriteProperty, clause 15.9).
     *
     * @param arrayIndex null for the whole property
     * @param priority   1..16 for commandable properties (16 when the request had none)
     * @throws PropertyException write-access-denied, invalid-data-type, value-out-of-range, ...
     */
    void write(int property, Integer arrayIndex, BacnetValue value, int priority);
}
