// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/** Reads the EngineeringUnits and EURange properties of Variables: one Browse, then one Read for all. */
final class UaPropertyReader {

    private static final Set<String> WANTED = Set.of("EngineeringUnits", "EURange");

    private record Property(NodeId owner, String name, NodeId node) {}

    private final OpcUaClient client;

    UaPropertyReader(OpcUaClient client) {
        this.client = client;
    }

    /** Property values by owner and property name; owners without them are absent. */
    Map<NodeId, Map<String, Object>> read(List<NodeId> variables) throws UaException {
        List<Property> properties = find(variables);
        Map<NodeId, Map<String, Object>> values = new HashMap<>();
        if (properties.isEmpty()) {
            return values;
        }
        List<ReadValueId> reads = properties.stream()
                .map(p -> UaRootReader.read(p.node(), AttributeId.Value))
                .toList();
        DataValue[] results = client.read(0, TimestampsToReturn.Neither, reads).getResults();
        for (int i = 0; results != null && i < results.length; i++) {
            Property property = properties.get(i);
            if (results[i].statusCode().isGood()) {
                values.computeIfAbsent(property.owner(), k -> new HashMap<>())
                        .put(property.name(), results[i].value().value());
            }
        }
        return values;
    }

    private List<Property> find(List<NodeId> variables) throws UaException {
        List<BrowseDescription> browses = variables.stream()
                .map(v -> new BrowseDescription(
                        v,
                        BrowseDirection.Forward,
                        NodeIds.HasProperty,
                        false,
                        uint(NodeClass.Variable.getValue()),
                        uint(BrowseResultMask.All.getValue())))
                .toList();
        List<Property> found = new ArrayList<>();
        List<BrowseResult> results = browses.isEmpty() ? List.of() : client.browse(browses);
        for (int i = 0; i < results.size(); i++) {
            ReferenceDescription[] references = results.get(i).getReferences();
            for (ReferenceDescription reference : references == null ? new ReferenceDescription[0] : references) {
                String name = reference.getBrowseName().name();
                if (WANTED.contains(name)) {
                    NodeId node = reference
                            .getNodeId()
                            .toNodeId(client.getNamespaceTable())
                            .orElse(null);
                    if (node != null) {
                        found.add(new Property(variables.get(i), name, node));
                    }
                }
            }
        }
        return found;
    }
}
