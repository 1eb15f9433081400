// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

/**
 * The identity of a {@link LocalDevice}.
 *
 * @param instance   device instance, 0..4194302, unique on the BACnet internetwork
 * @param name       object-name of the device, unique on the internetwork
 * @param vendorId   vendor-identifier, 0..65535, assigned by ASHRAE to the device's maker (0 is ASHRAE's own)
 * @param vendorName vendor-name
 * @param modelName  model-name
 */
public record DeviceConfig(int instance, String name, int vendorId, String vendorName, String modelName) {
    public DeviceConfig {
        if (instance < 0 || instance >= 0x3FFFFF) {
            throw new IllegalArgumentException("device instance not in 0..4194302: " + instance);
        }
    }

    public static DeviceConfig of(int instance, String name) {
        return new DeviceConfig(instance, name, 0, "ObjectBus", "ObjectBus BACnet/IP");
    }
}
