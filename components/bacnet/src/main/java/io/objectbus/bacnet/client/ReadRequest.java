// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.ObjectIdentifier;

/** One property to read with ReadPropertyMultiple; {@code arrayIndex} null for the whole property. */
public record ReadRequest(ObjectIdentifier objectId, int property, Integer arrayIndex) {
    public static ReadRequest of(ObjectIdentifier objectId, int property) {
        return new ReadRequest(objectId, property, null);
    }
}
