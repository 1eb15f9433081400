// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.model.BacnetValue;

/**
 * One WriteProperty of present-value to send: the value (NULL relinquishes) at a priority of the object's priority
 * array (clause 19.2).
 *
 * @param device  device instance
 * @param address the device's address, {@code host:port[/network/mac]}
 * @param object  the BACnet object, {@code analog-output:1}
 */
public record BacnetWrite(int device, String address, String object, BacnetValue value, int priority) {
    public boolean relinquishes() {
        return value instanceof BacnetValue.NullValue;
    }
}
