// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/** A value of a monitored Variable as the server reported it, with its status code and timestamps. */
public record UaValue(NodeId nodeId, DataValue value) {}
