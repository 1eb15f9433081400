// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.transforms.opcua.OpcUaTypes;
import io.objectbus.transforms.opcua.UneceUnits;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.model.variables.BaseAnalogType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * A resource as a Variable node: DataType from the resource type, EngineeringUnits and EURange properties (Part 8
 * clause 5.3.2) for numbers, AccessLevel from writability.
 */
final class BusVariables {

    private BusVariables() {}

    static UaVariableNode create(
            UaNodeContext context, NodeId id, QualifiedName name, ResourceDescriptor resource, AttributeFilter writes) {
        String display = resource.name() == null ? name.name() : resource.name();
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(context)
                .setNodeId(id)
                .setBrowseName(name)
                .setDisplayName(LocalizedText.english(display))
                .setDescription(LocalizedText.english(resource.description()))
                .setDataType(OpcUaTypes.dataType(resource.type()))
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
        update(node, resource);
        if (resource.writable()) {
            node.getFilterChain().addLast(writes);
        }
        return node;
    }

    /** Brings the descriptor's unit, range and writability onto an existing Variable of the same type. */
    static void update(UaVariableNode node, ResourceDescriptor resource) {
        var access = resource.writable() ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
        node.setAccessLevel(AccessLevel.toValue(access));
        node.setUserAccessLevel(AccessLevel.toValue(access));
        boolean numeric = resource.type() == ValueType.NUMBER || resource.type() == ValueType.INTEGER;
        if (numeric && resource.unit() != null) {
            node.setProperty(BaseAnalogType.ENGINEERING_UNITS, UneceUnits.fromUcum(resource.unit()));
        }
        if (numeric && resource.min() != null && resource.max() != null) {
            node.setProperty(BaseAnalogType.EU_RANGE, new Range(resource.min(), resource.max()));
        }
    }
}
