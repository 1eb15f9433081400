// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaVariable;
import io.objectbus.opcua.model.UaWrite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The objects of one OPC UA adapter: maps what a browse found to bus objects and remembers which Variable backs each
 * resource, so that values find their resource and writes their Variable.
 */
public final class OpcUaObjects {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaObjects.class);

    /** A resource and the Variable behind it. */
    record Binding(String objectId, String resourceId, UaVariable variable, ResourceDescriptor descriptor) {}

    private final String adapter;
    private volatile Map<NodeId, Binding> byNode = Map.of();
    private volatile Map<String, Binding> byResource = Map.of();
    private volatile List<String> objectIds = List.of();
    private volatile List<String> removed = List.of();

    public OpcUaObjects(String adapter) {
        this.adapter = adapter;
    }

    /** Maps a browse: its descriptors replace those of the previous browse. */
    public List<ObjectDescriptor> describe(UaAddressSpace space) {
        return describe(space, true);
    }

    /**
     * Maps a browse.
     *
     * @param writes whether a route takes the adapter's writes: without one, every resource is read-only, so that the
     *     bus refuses writes instead of holding values no device gets
     */
    public synchronized List<ObjectDescriptor> describe(UaAddressSpace space, boolean writes) {
        OpcUaIds ids = new OpcUaIds();
        Map<NodeId, Binding> nodes = new LinkedHashMap<>();
        List<ObjectDescriptor> descriptors = new ArrayList<>();
        int skipped = 0;
        List<UaObject> objects = new ArrayList<>(space.objects());
        objects.sort(Comparator.comparing(UaObject::address));
        for (UaObject object : objects) {
            String id = ids.assign(adapter + "-" + readablePath(object), object.address());
            Map<String, ResourceDescriptor> resources = resources(id, object, nodes, writes);
            skipped += object.variables().size() - resources.size();
            if (!resources.isEmpty()) {
                descriptors.add(descriptor(id, object, resources));
            }
        }
        remember(nodes, descriptors);
        LOG.info(
                "OPC UA adapter {}: {} objects with {} resources from {}{}",
                adapter,
                descriptors.size(),
                nodes.size(),
                space.endpointUrl(),
                skipped == 0
                        ? ""
                        : "; skipped " + skipped
                                + " variable(s) the bus has no type for (arrays, structures, byte strings)");
        return descriptors;
    }

    private static String readablePath(UaObject object) {
        return object.path().isEmpty() ? object.rootName() : String.join("-", object.path());
    }

    private static Map<String, ResourceDescriptor> resources(
            String objectId, UaObject object, Map<NodeId, Binding> nodes, boolean writes) {
        OpcUaIds ids = new OpcUaIds();
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        for (UaVariable variable : object.variables()) {
            ResourceDescriptor resource = OpcUaResources.describe(variable, writes);
            if (resource != null && !nodes.containsKey(variable.nodeId())) {
                String id = ids.assign(variable.browseName(), variable.nodeId().toParseableString());
                resources.put(id, resource);
                nodes.put(variable.nodeId(), new Binding(objectId, id, variable, resource));
            }
        }
        return resources;
    }

    private ObjectDescriptor descriptor(String id, UaObject object, Map<String, ResourceDescriptor> resources) {
        return new ObjectDescriptor(
                id,
                object.displayName(),
                OpcUaResources.objectType(object.typeName()),
                "opcua",
                object.address(),
                null,
                List.of(adapter),
                resources,
                0);
    }

    private void remember(Map<NodeId, Binding> nodes, List<ObjectDescriptor> descriptors) {
        Map<String, Binding> resources = new HashMap<>();
        nodes.values().forEach(b -> resources.put(b.objectId() + "/" + b.resourceId(), b));
        List<String> ids = descriptors.stream().map(ObjectDescriptor::id).toList();
        Set<String> now = Set.copyOf(ids);
        removed = objectIds.stream().filter(old -> !now.contains(old)).toList();
        objectIds = ids;
        byNode = Map.copyOf(nodes);
        byResource = Map.copyOf(resources);
    }

    /** The Variables the last browse mapped, to monitor. */
    public List<NodeId> monitored() {
        return List.copyOf(byNode.keySet());
    }

    /** The ids of the objects of the last browse. */
    public List<String> objectIds() {
        return objectIds;
    }

    /** The objects the previous browse had and the last one has not. */
    public List<String> removed() {
        return removed;
    }

    /** Values as the bus's publish maps ({@code object, resource, v, q, r, ts}); values of unknown nodes are left out. */
    public List<Map<String, Object>> samples(List<UaValue> values) {
        Map<NodeId, Binding> nodes = byNode;
        List<Map<String, Object>> samples = new ArrayList<>(values.size());
        for (UaValue value : values) {
            Binding binding = nodes.get(value.nodeId());
            if (binding != null) {
                samples.add(OpcUaSamples.sample(binding.objectId(), binding.resourceId(), binding.descriptor(), value));
            }
        }
        return samples;
    }

    /**
     * The OPC UA write for a bus write, or null when there is nothing to write (every priority relinquished and no
     * relinquish default: the server keeps its value).
     *
     * @throws IllegalArgumentException when no Variable backs the resource or the value does not fit its type
     */
    public UaWrite write(WriteCommand command) {
        Binding binding = byResource.get(command.objectId() + "/" + command.resourceId());
        String target = command.objectId() + "/" + command.resourceId();
        if (binding == null) {
            throw new IllegalArgumentException("no OPC UA variable backs " + target + " (browse again?)");
        }
        if (command.value() == null) {
            return null;
        }
        return new UaWrite(
                binding.variable().nodeId(), VariantCoercion.toVariant(command.value(), binding.variable()), target);
    }
}
