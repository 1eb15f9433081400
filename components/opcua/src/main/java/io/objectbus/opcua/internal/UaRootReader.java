// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/** Reads what a browse does not tell: the browse root itself, and the names of object types. */
final class UaRootReader {

    private final OpcUaClient client;

    UaRootReader(OpcUaClient client) {
        this.client = client;
    }

    /** The root as if a reference had found it, or null when the server does not know the node. */
    ReferenceDescription describe(NodeId root) throws UaException {
        DataValue[] values = client.read(
                        0,
                        TimestampsToReturn.Neither,
                        List.of(
                                read(root, AttributeId.BrowseName),
                                read(root, AttributeId.DisplayName),
                                read(root, AttributeId.NodeClass)))
                .getResults();
        if (values == null || values.length < 3 || !values[0].statusCode().isGood()) {
            return null;
        }
        Object nodeClass = values[2].value().value();
        return new ReferenceDescription(
                NodeIds.Organizes,
                true,
                root.expanded(),
                (QualifiedName) values[0].value().value(),
                (LocalizedText) values[1].value().value(),
                nodeClass instanceof Integer i && NodeClass.from(i) != null ? NodeClass.from(i) : NodeClass.Object,
                typeDefinition(root));
    }

    private ExpandedNodeId typeDefinition(NodeId node) throws UaException {
        BrowseResult result = client.browse(new BrowseDescription(
                node,
                BrowseDirection.Forward,
                NodeIds.HasTypeDefinition,
                false,
                uint(0),
                uint(BrowseResultMask.All.getValue())));
        ReferenceDescription[] references = result.getReferences();
        return references == null || references.length == 0 ? ExpandedNodeId.NULL_VALUE : references[0].getNodeId();
    }

    /** The browse names of type definitions, e.g. {@code FolderType}. */
    Map<ExpandedNodeId, String> typeNames(List<ExpandedNodeId> types) throws UaException {
        Set<ExpandedNodeId> distinct = new LinkedHashSet<>(types);
        distinct.remove(null);
        distinct.remove(ExpandedNodeId.NULL_VALUE);
        List<ExpandedNodeId> ordered = List.copyOf(distinct);
        Map<ExpandedNodeId, String> names = new HashMap<>();
        if (ordered.isEmpty()) {
            return names;
        }
        List<ReadValueId> reads = ordered.stream()
                .map(t ->
                        read(t.toNodeId(client.getNamespaceTable()).orElse(NodeId.NULL_VALUE), AttributeId.BrowseName))
                .toList();
        DataValue[] results = client.read(0, TimestampsToReturn.Neither, reads).getResults();
        for (int i = 0; results != null && i < results.length; i++) {
            if (results[i].value().value() instanceof QualifiedName name) {
                names.put(ordered.get(i), name.name());
            }
        }
        return names;
    }

    static ReadValueId read(NodeId node, AttributeId attribute) {
        return new ReadValueId(node, attribute.uid(), null, QualifiedName.NULL_VALUE);
    }
}
