// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

/**
 * A level of a device's priority array that holds the bus's command: where the object is and the priority the
 * adapter wrote it at (clause 19.2).
 *
 * @param objectId the bus object
 * @param device   device instance
 * @param address  the device's address, {@code host:port[/network/mac]}
 * @param object   the BACnet object, {@code binary-output:1}
 * @param priority 1..16
 */
public record HeldLevel(String objectId, int device, String address, String object, int priority) {}
