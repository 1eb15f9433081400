// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

/** What an {@code opcua:} producer does with each exchange, through the connection of the consumer of its name. */
public enum OpcUaOperation {
    /** Write the body, a UaWrite (node id and value), as the Variable's Value; a null body writes nothing. */
    write,
    /** Monitor exactly the Variables of the body, a List of NodeId, from now on and after every reconnection. */
    monitor,
    /** Browse now; the result comes from the consumer as a browsed exchange. */
    browse
}
