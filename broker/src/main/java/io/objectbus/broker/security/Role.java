// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

/** What an identity is for; each role grants topics on the object tree (docs/security.md). */
public enum Role {
    /** Everything, as MQTT allows. */
    admin,
    /** The router of another node: the whole bus tree, no device topics. */
    router,
    /**
     * Reads the bus, discovers, writes {@code $set} to its objects at priorities no higher than its grant, and runs
     * their commands ({@code $cmd}).
     */
    operator,
    /** Reads the bus and discovers; no writes. */
    viewer,
    /** An adapter outside the node: publishes the values, descriptors and events of its objects, reads their writes. */
    adapter,
    /** A device: publishes and subscribes only its own raw topics. */
    device
}
