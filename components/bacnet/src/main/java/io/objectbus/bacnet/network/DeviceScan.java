// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.DeviceInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a look at a device found: its Device object's properties (object-name, description, location, vendor-name,
 * model-name) and every point object of a supported type with its properties, present-value included. Sent when a
 * device is found, and again when it answers after it was lost.
 */
public record DeviceScan(DeviceInfo device, Map<String, Object> properties, List<PointSnapshot> objects, Instant at) {
    public DeviceScan {
        properties = new PointSnapshot(null, properties).properties();
        objects = List.copyOf(objects);
    }
}
