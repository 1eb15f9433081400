// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

/**
 * The node as a BACnet/IP device.
 *
 * @param deviceInstance   the device instance it answers Who-Is for, unique on the BACnet internetwork
 * @param deviceName       its Device object-name
 * @param vendorId         its vendor-identifier (ASHRAE-assigned, 0..65535), in I-Am and the Device object
 * @param port             its UDP port, 47808 by default
 * @param bindAddress      local address to bind; 0.0.0.0 receives broadcasts
 * @param broadcastAddress where its I-Am goes at start
 * @param objects          glob of the bus objects it serves
 * @param includeBacnet    serve objects that came from BACnet too (off: a BMS would see its own points twice)
 * @param writeTimeoutMs   how long a WriteProperty waits for the bus's final answer
 * @param node             the bus node whose objects it serves
 */
public record ServerSettings(
        int deviceInstance,
        String deviceName,
        int vendorId,
        int port,
        String bindAddress,
        String broadcastAddress,
        String objects,
        boolean includeBacnet,
        long writeTimeoutMs,
        String node) {

    /**
     * Held by no vendor: ASHRAE assigns identifiers upwards from 0 (ASHRAE's own), and this is the highest an
     * Unsigned16 can carry. A product built on the node sets the identifier ASHRAE assigned to its maker.
     */
    public static final int UNASSIGNED_VENDOR = 65535;

    public ServerSettings {
        if (vendorId < 0 || vendorId > 65535) {
            throw new IllegalArgumentException("vendor-identifier not in 0..65535: " + vendorId);
        }
    }
}
