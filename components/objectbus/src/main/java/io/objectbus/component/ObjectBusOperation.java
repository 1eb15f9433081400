// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

/** What an {@code objectbus} endpoint does. */
public enum ObjectBusOperation {
    /** Producer: report values of resources. */
    publish,
    /** Producer: add or replace object descriptors. */
    describe,
    /** Producer: mark every value of an object stale. */
    stale,
    /** Producer: publish an event of an object. */
    event,
    /** Producer: remove an object. */
    remove,
    /**
     * Producer: send an object's commands (the effective values its priority arrays hold at a level) to its adapter
     * again, e.g. to a device that restarted and lost them; the body may say why.
     */
    recommand,
    /**
     * Producer: publish a message a router or bridge brought from another node (topic and MQTT 5 properties in
     * headers, payload in the body); the current picture of other nodes is kept for late joiners.
     */
    forward,
    /**
     * Producer: the state of the route's connection (body connecting, up or down; the reason in ObjectBusReason) as
     * an object of its own; down turns the route's other objects stale.
     */
    connection,
    /** Consumer: writes the bus sends to the adapter that owns the objects. */
    set,
    /**
     * Consumer: the publications on MQTT topic filters of the node's own broker (raw device topics, for instance),
     * received in-VM without an MQTT client.
     */
    subscribe
}
