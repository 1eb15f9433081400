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
    /** Consumer: writes the bus sends to the adapter that owns the objects. */
    set
}
