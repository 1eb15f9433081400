// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.network.DeviceScan;
import java.util.List;
import java.util.Map;

/**
 * A scanned BACnet device as the mapping reads it: its instance, its address ({@code host:port}, or {@code
 * host:port/network/mac} behind a router), its Device object's properties and its point objects.
 */
public record BacnetDevice(int instance, String address, Map<String, Object> properties, List<BacnetPoint> objects) {
    public BacnetDevice {
        properties = properties == null ? Map.of() : properties;
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    public static BacnetDevice of(DeviceScan scan) {
        return new BacnetDevice(
                scan.device().instance(),
                scan.device().address().toString(),
                scan.properties(),
                scan.objects().stream().map(BacnetPoint::of).toList());
    }

    /** The Device object's object-name, else {@code device N}. */
    public String name() {
        Object name = properties.get("object-name");
        return name == null || name.toString().isBlank() ? "device " + instance : name.toString();
    }
}
