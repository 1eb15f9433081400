// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/**
 * What the mapping keeps of one BACnet object on the bus: where it is, its bus id, and, for a multi-state object,
 * its state texts (present-value n is the n-th text).
 *
 * @param states the state texts of a multi-state object, null for others
 */
public record PointInfo(int device, String address, ObjectIdentifier id, String objectId, List<String> states) {
    public PointInfo {
        states = states == null ? null : List.copyOf(states);
    }
}
