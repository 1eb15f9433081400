// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * A Variable node as a browse found it: its attributes and the properties that describe its value (OPC UA Part 3
 * clause 5.6, Part 8 clause 5.3.2 for EngineeringUnits and EURange).
 *
 * @param builtinType the built-in type the variable's DataType derives from; null when the browser could not tell
 * @param enumeration whether the DataType is an Enumeration (values are Int32)
 * @param valueRank -1 for a scalar; arrays and matrices have 0 or more
 * @param writable whether both AccessLevel and UserAccessLevel have the CurrentWrite bit
 * @param units the EngineeringUnits property, or null
 * @param euRange the EURange property, or null
 */
public record UaVariable(
        NodeId nodeId,
        String browseName,
        String displayName,
        String description,
        OpcUaDataType builtinType,
        boolean enumeration,
        int valueRank,
        boolean writable,
        EUInformation units,
        Range euRange) {

    public boolean scalar() {
        return valueRank == -1;
    }
}
