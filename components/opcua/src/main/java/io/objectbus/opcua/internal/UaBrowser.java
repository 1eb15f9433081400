// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.milo.opcua.sdk.client.BrowseHelper;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the address space below the browse roots along hierarchical references (OPC UA Part 4 clause 5.8.2): every
 * Object or folder with Variables becomes a {@link UaObject}. Nodes of namespace 0, the standard's own (the Server
 * object and its diagnostics), are left out below a root.
 */
public final class UaBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(UaBrowser.class);

    /** A node to browse, with what its parent's reference told about it. */
    private record Pending(NodeId nodeId, String rootName, List<String> path, ReferenceDescription reference) {}

    private final OpcUaClient client;
    private final String adapter;

    public UaBrowser(OpcUaClient client, String adapter) {
        this.client = client;
        this.adapter = adapter;
    }

    /** Browses every root; a root that does not exist is logged and skipped. */
    public UaAddressSpace browse(List<String> roots, int depth) throws UaException {
        client.readNamespaceTable();
        List<Walked> walked = new ArrayList<>();
        for (String root : roots) {
            NodeId rootId = resolve(root);
            ReferenceDescription described = rootId == null ? null : new UaRootReader(client).describe(rootId);
            if (described == null) {
                LOG.error(
                        "OPC UA adapter {}: browse root {} does not exist on the server; check the roots option",
                        adapter,
                        root);
                continue;
            }
            walk(new Pending(rootId, described.getBrowseName().name(), List.of(), described), depth, walked);
        }
        return new UaAddressSpace(client.getConfig().getEndpoint().getEndpointUrl(), objects(walked));
    }

    private NodeId resolve(String root) {
        try {
            return ExpandedNodeId.parse(root.strip())
                    .toNodeId(client.getNamespaceTable())
                    .orElse(null);
        } catch (RuntimeException e) {
            LOG.error("OPC UA adapter {}: {} is not a node id ({})", adapter, root, e.getMessage());
            return null;
        }
    }

    /** A browsed node: where it is, and the references of its Variables. */
    private record Walked(Pending node, List<ReferenceDescription> variables) {}

    private void walk(Pending root, int depth, List<Walked> out) throws UaException {
        Deque<Pending> level = new ArrayDeque<>(List.of(root));
        for (int i = 0; i <= depth && !level.isEmpty(); i++) {
            Map<Pending, List<ReferenceDescription>> children = children(List.copyOf(level));
            level.clear();
            for (Map.Entry<Pending, List<ReferenceDescription>> entry : children.entrySet()) {
                List<ReferenceDescription> variables = new ArrayList<>();
                for (ReferenceDescription child : entry.getValue()) {
                    if (child.getNodeClass() == NodeClass.Variable) {
                        variables.add(child);
                    } else if (child.getNodeClass() == NodeClass.Object) {
                        level.add(child(entry.getKey(), child));
                    }
                }
                out.add(new Walked(entry.getKey(), variables));
            }
        }
    }

    private Pending child(Pending parent, ReferenceDescription reference) {
        List<String> path = new ArrayList<>(parent.path());
        path.add(reference.getBrowseName().name());
        NodeId id = reference.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
        return new Pending(id, parent.rootName(), path, reference);
    }

    private Map<Pending, List<ReferenceDescription>> children(List<Pending> nodes) throws UaException {
        Map<Pending, CompletableFuture<List<ReferenceDescription>>> futures = new java.util.LinkedHashMap<>();
        for (Pending node : nodes) {
            futures.put(node, BrowseHelper.browse(client, forward(node.nodeId()), uint(0)));
        }
        Map<Pending, List<ReferenceDescription>> children = new java.util.LinkedHashMap<>();
        for (Map.Entry<Pending, CompletableFuture<List<ReferenceDescription>>> entry : futures.entrySet()) {
            children.put(entry.getKey(), standardLeftOut(join(entry.getValue())));
        }
        return children;
    }

    private static List<ReferenceDescription> standardLeftOut(List<ReferenceDescription> references) {
        return references.stream()
                .filter(r -> r.getNodeId().getNamespaceIndex().intValue() != 0
                        || r.getNodeId().getNamespaceUri() != null)
                .toList();
    }

    static BrowseDescription forward(NodeId node) {
        return new BrowseDescription(
                node,
                BrowseDirection.Forward,
                NodeIds.HierarchicalReferences,
                true,
                uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
                uint(BrowseResultMask.All.getValue()));
    }

    static <T> T join(CompletableFuture<T> future) throws UaException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UaException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UaException ua ? ua : new UaException(e.getCause());
        }
    }

    private List<UaObject> objects(List<Walked> walked) throws UaException {
        List<ReferenceDescription> all =
                walked.stream().flatMap(w -> w.variables().stream()).toList();
        Map<ExpandedNodeId, UaVariable> variables = new UaVariableReader(client).read(all);
        Map<ExpandedNodeId, String> typeNames = new UaRootReader(client)
                .typeNames(walked.stream()
                        .map(w -> w.node().reference().getTypeDefinition())
                        .toList());
        List<UaObject> objects = new ArrayList<>();
        for (Walked w : walked) {
            List<UaVariable> own = w.variables().stream()
                    .map(r -> variables.get(r.getNodeId()))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!own.isEmpty()) {
                objects.add(object(w.node(), typeNames.get(w.node().reference().getTypeDefinition()), own));
            }
        }
        return objects;
    }

    private UaObject object(Pending node, String typeName, List<UaVariable> variables) {
        ReferenceDescription ref = node.reference();
        return new UaObject(
                node.nodeId(),
                node.nodeId().expanded(client.getNamespaceTable()).toParseableString(),
                node.rootName(),
                node.path(),
                ref.getDisplayName().text(),
                null,
                typeName,
                variables);
    }
}
