// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet.server;

/**
 * The node as a BACnet/IP device.
 *
 * @param deviceInstance   the device instance it answers Who-Is for, unique on the BACnet internetwork
 * @param deviceName       its Device object-name
 * @param port             its UDP port, 47808 by default
 * @param bindAddress      local address to bind; 0.0.0.0 receives broadcasts
 * @param broadcastAddress where its I-Am goes at start
 * @param objects          glob of the bus objects it serves
 * @param includeBacnet    serve objects that came from BACnet too (off: a BMS would see its own points twice)
 * @param writeTimeoutMs   how long a WriteProperty waits for the bus's final answer
 * @param brokerUrl        the node's own broker, for its bus client
 * @param prefix           the bus's topic prefix
 * @param node             the node id
 */
public record ServerSettings(
        int deviceInstance,
        String deviceName,
        int port,
        String bindAddress,
        String broadcastAddress,
        String objects,
        boolean includeBacnet,
        long writeTimeoutMs,
        String brokerUrl,
        String prefix,
        String node) {

    /** The bus topics of this node: {@code ob/v1/node1/}. */
    public String base() {
        return prefix + "/" + node + "/";
    }
}
