// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.time.Instant;
import java.util.List;

/** A device that stopped answering: the objects it had, and why it counts as lost. */
public record DeviceLost(DeviceInfo device, List<ObjectIdentifier> objects, String reason, Instant at) {
    public DeviceLost {
        objects = List.copyOf(objects);
    }
}
