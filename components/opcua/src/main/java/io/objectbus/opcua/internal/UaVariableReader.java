// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import io.objectbus.opcua.model.UaVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.typetree.DataTypeTree;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * Reads what the mapping needs of Variables: DataType, ValueRank, AccessLevel, UserAccessLevel and Description
 * (Part 3 clause 5.6.2), and the EngineeringUnits and EURange properties (Part 8 clause 5.3.2).
 */
final class UaVariableReader {

    private static final AttributeId[] ATTRIBUTES = {
        AttributeId.DataType,
        AttributeId.ValueRank,
        AttributeId.AccessLevel,
        AttributeId.UserAccessLevel,
        AttributeId.Description
    };
    private static final int CHUNK = 100;

    private final OpcUaClient client;

    UaVariableReader(OpcUaClient client) {
        this.client = client;
    }

    Map<ExpandedNodeId, UaVariable> read(List<ReferenceDescription> references) throws UaException {
        Map<ExpandedNodeId, UaVariable> variables = new HashMap<>();
        DataTypeTree types = client.getDataTypeTree();
        for (int from = 0; from < references.size(); from += CHUNK) {
            List<ReferenceDescription> chunk = references.subList(from, Math.min(references.size(), from + CHUNK));
            List<DataValue> attributes = attributes(chunk);
            Map<NodeId, Map<String, Object>> properties = new UaPropertyReader(client).read(nodeIds(chunk));
            for (int i = 0; i < chunk.size(); i++) {
                ReferenceDescription reference = chunk.get(i);
                List<DataValue> own = attributes.subList(i * ATTRIBUTES.length, (i + 1) * ATTRIBUTES.length);
                NodeId id = nodeIds(List.of(reference)).get(0);
                variables.put(reference.getNodeId(), variable(reference, id, own, properties.get(id), types));
            }
        }
        return variables;
    }

    private List<NodeId> nodeIds(List<ReferenceDescription> references) {
        return references.stream()
                .map(r -> r.getNodeId().toNodeId(client.getNamespaceTable()).orElse(NodeId.NULL_VALUE))
                .toList();
    }

    private List<DataValue> attributes(List<ReferenceDescription> chunk) throws UaException {
        List<ReadValueId> reads = new ArrayList<>();
        for (NodeId id : nodeIds(chunk)) {
            for (AttributeId attribute : ATTRIBUTES) {
                reads.add(UaRootReader.read(id, attribute));
            }
        }
        return List.of(client.read(0, TimestampsToReturn.Neither, reads).getResults());
    }

    private UaVariable variable(
            ReferenceDescription reference,
            NodeId id,
            List<DataValue> attributes,
            Map<String, Object> properties,
            DataTypeTree types) {
        NodeId dataType = attributes.get(0).value().value() instanceof NodeId d ? d : NodeIds.BaseDataType;
        Object rank = attributes.get(1).value().value();
        return new UaVariable(
                id,
                reference.getBrowseName().name(),
                reference.getDisplayName().text(),
                attributes.get(4).value().value() instanceof LocalizedText t ? t.text() : null,
                builtinType(dataType, types),
                types.isEnumType(dataType),
                rank instanceof Integer r ? r : -1,
                writable(attributes.get(2)) && writable(attributes.get(3)),
                decode(properties == null ? null : properties.get("EngineeringUnits"), EUInformation.class),
                decode(properties == null ? null : properties.get("EURange"), Range.class));
    }

    /** The built-in type; the abstract Number, Integer and UInteger take the widest type of their kind. */
    static OpcUaDataType builtinType(NodeId dataType, DataTypeTree types) {
        if (NodeIds.Number.equals(dataType)) {
            return OpcUaDataType.Double;
        } else if (NodeIds.Integer.equals(dataType)) {
            return OpcUaDataType.Int64;
        } else if (NodeIds.UInteger.equals(dataType)) {
            return OpcUaDataType.UInt64;
        }
        OpcUaDataType type = types.getBuiltinType(dataType);
        return type == OpcUaDataType.Variant ? null : type;
    }

    private static boolean writable(DataValue accessLevel) {
        Object value = accessLevel.value().value();
        return value instanceof Number n && AccessLevel.fromValue(n.intValue()).contains(AccessLevel.CurrentWrite);
    }

    private <T> T decode(Object value, Class<T> type) {
        Object decoded = value instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : value;
        return type.isInstance(decoded) ? type.cast(decoded) : null;
    }
}
