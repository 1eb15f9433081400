// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import io.objectbus.bus.BusValue;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Quality;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.opcua.OpcUaQuality;
import io.objectbus.transforms.opcua.OpcUaTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;

/**
 * The bus as an address space: {@code Objects/ObjectBus/{node}/{object}/{resource}}, objects as Object nodes and
 * resources as Variables, kept in step with the descriptors and values a {@link io.objectbus.bus.BusView} watch
 * gives. Node ids are the
 * bus's ids ({@code ns=<urn:objectbus:bus>;s=node1/room-1-01/temperature}), so they are as stable as those.
 */
final class BusNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:objectbus:bus";

    /** A resource's Variable with the descriptor it was made from. */
    private record Resource(UaVariableNode node, ResourceDescriptor descriptor) {}

    private final String busNode;
    private final BusWriter writer;
    private final SubscriptionModel subscriptions;
    private final Map<String, UaObjectNode> objects = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();
    private UaFolderNode nodeFolder;

    BusNamespace(OpcUaServer server, String busNode, BusWriter writer) {
        super(server, URI);
        this.busNode = busNode;
        this.writer = writer;
        this.subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addFolders);
    }

    private void addFolders() {
        UaFolderNode bus = folder("ObjectBus", "ObjectBus");
        bus.addReference(new Reference(
                bus.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), Reference.Direction.INVERSE));
        nodeFolder = folder(busNode, busNode);
        bus.addOrganizes(nodeFolder);
    }

    private UaFolderNode folder(String id, String name) {
        UaFolderNode folder =
                new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(name), LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    synchronized void described(ObjectDescriptor descriptor) {
        UaObjectNode object = objects.computeIfAbsent(descriptor.id(), id -> object(descriptor));
        object.setDisplayName(LocalizedText.english(descriptor.name() == null ? descriptor.id() : descriptor.name()));
        for (String gone : List.copyOf(resources.keySet())) {
            String[] key = gone.split("/", 2);
            if (key[0].equals(descriptor.id()) && !descriptor.resources().containsKey(key[1])) {
                resources.remove(gone).node().delete();
            }
        }
        descriptor.resources().forEach((id, resource) -> resource(object, descriptor.id(), id, resource));
    }

    private UaObjectNode object(ObjectDescriptor descriptor) {
        UaObjectNode object = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(busNode + "/" + descriptor.id()))
                .setBrowseName(newQualifiedName(descriptor.id()))
                .setDisplayName(LocalizedText.english(descriptor.id()))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        getNodeManager().addNode(object);
        nodeFolder.addOrganizes(object);
        return object;
    }

    private void resource(UaObjectNode object, String objectId, String id, ResourceDescriptor descriptor) {
        String key = objectId + "/" + id;
        Resource existing = resources.get(key);
        if (existing != null
                && existing.descriptor().type() == descriptor.type()
                && existing.descriptor().writable() == descriptor.writable()) {
            BusVariables.update(existing.node(), descriptor);
            resources.put(key, new Resource(existing.node(), descriptor));
            return;
        }
        if (existing != null) {
            existing.node().delete();
        }
        UaVariableNode node = BusVariables.create(
                getNodeContext(),
                newNodeId(busNode + "/" + key),
                newQualifiedName(id),
                descriptor,
                new BusWriteFilter(writer, objectId, id));
        getNodeManager().addNode(node);
        object.addComponent(node);
        resources.put(key, new Resource(node, descriptor));
    }

    synchronized void removed(String objectId) {
        UaObjectNode object = objects.remove(objectId);
        if (object != null) {
            resources.keySet().removeIf(key -> key.startsWith(objectId + "/"));
            object.delete();
        }
    }

    /** A value as the bus published it. */
    synchronized void value(BusValue value) {
        Resource resource = resources.get(value.object() + "/" + value.resource());
        if (resource == null) {
            return;
        }
        Quality quality = value.quality() == null ? Quality.GOOD : value.quality();
        DateTime source = value.timestamp() == null ? null : new DateTime(value.timestamp());
        resource.node()
                .setValue(new DataValue(
                        OpcUaTypes.toVariant(resource.descriptor().type(), value.value()),
                        OpcUaQuality.statusCode(quality),
                        source,
                        DateTime.now()));
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        subscriptions.onDataItemsCreated(items);
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        subscriptions.onDataItemsModified(items);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        subscriptions.onDataItemsDeleted(items);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        subscriptions.onMonitoringModeChanged(items);
    }
}
