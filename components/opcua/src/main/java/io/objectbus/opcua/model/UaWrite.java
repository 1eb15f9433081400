// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * A write to send to a server: the value already in the Variable's built-in type.
 *
 * @param target the bus object and resource the write came for, for messages
 */
public record UaWrite(NodeId nodeId, Variant value, String target) {}
