// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.BaseAnalogType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * The test plant: Objects/Plant/Boiler1 with a changing Double Temperature (EngineeringUnits °C, EURange 0..120), a
 * writable Double Setpoint (the device refuses 13.0 with Bad_DeviceFailure), a changing Int32 Counter, Boolean
 * Running and String Mode, and an array that the bus cannot carry; Objects/Plant/Line1/Pump1 with a writable Int32
 * Speed.
 */
public final class PlantNamespace extends ManagedNamespaceWithLifecycle {

    public static final String URI = "urn:objectbus:test:plant";
    public static final double REFUSED_SETPOINT = 13.0;

    private final Map<String, UaVariableNode> variables = new ConcurrentHashMap<>();
    private final Map<NodeId, Double> samplingIntervals = new ConcurrentHashMap<>();
    private final AtomicInteger step = new AtomicInteger();

    private final SubscriptionModel subscriptionModel;

    PlantNamespace(OpcUaServer server) {
        super(server, URI);
        subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        UaFolderNode plant = folder("Plant", "Plant");
        plant.addReference(new Reference(
                plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), Reference.Direction.INVERSE));
        UaObjectNode boiler = object("Plant/Boiler1", "Boiler1", "Boiler 1");
        plant.addOrganizes(boiler);
        UaVariableNode temperature = variable(boiler, "Temperature", NodeIds.Double, false, 20.0);
        temperature.setProperty(BaseAnalogType.ENGINEERING_UNITS, celsius());
        temperature.setProperty(BaseAnalogType.EU_RANGE, new Range(0.0, 120.0));
        UaVariableNode setpoint = variable(boiler, "Setpoint", NodeIds.Double, true, 21.0);
        setpoint.setProperty(BaseAnalogType.ENGINEERING_UNITS, celsius());
        setpoint.getFilterChain().addLast(new RefusesOneValue());
        variable(boiler, "Counter", NodeIds.Int32, false, 0);
        variable(boiler, "Running", NodeIds.Boolean, false, false);
        variable(boiler, "Mode", NodeIds.String, false, "auto");
        UaVariableNode samples = variable(boiler, "Samples", NodeIds.Double, false, new double[] {1, 2, 3});
        samples.setValueRank(1);
        UaFolderNode line = folder("Plant/Line1", "Line1");
        plant.addOrganizes(line);
        UaObjectNode pump = object("Plant/Line1/Pump1", "Pump1", "Pump 1");
        line.addOrganizes(pump);
        variable(pump, "Speed", NodeIds.Int32, true, 1500);
    }

    /** Moves every changing value one step on, with the current time as source timestamp. */
    void tick() {
        int i = step.incrementAndGet();
        set("Temperature", 20.0 + (i % 20) * 0.5);
        set("Counter", i);
        set("Running", i % 4 < 2);
        set("Mode", i % 6 < 3 ? "auto" : "manual");
    }

    public void set(String name, Object value) {
        UaVariableNode node = variables.get(name);
        if (node != null) {
            node.setValue(new DataValue(new Variant(value), StatusCode.GOOD, DateTime.now()));
        }
    }

    public void setStatus(String name, long statusCode) {
        variables.get(name).setValue(new DataValue(Variant.NULL_VALUE, new StatusCode(statusCode), DateTime.now()));
    }

    public Object value(String name) {
        return variables.get(name).getValue().value().value();
    }

    /** The sampling interval a client's monitored item of the Variable was created or modified with; null before. */
    public Double samplingInterval(String name) {
        return samplingIntervals.get(variables.get(name).getNodeId());
    }

    private void recordSampling(List<DataItem> items) {
        items.forEach(item -> samplingIntervals.put(item.getReadValueId().getNodeId(), item.getSamplingInterval()));
    }

    private UaFolderNode folder(String id, String name) {
        UaFolderNode folder =
                new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(name), LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    private UaObjectNode object(String id, String name, String displayName) {
        UaObjectNode object = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(displayName))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        getNodeManager().addNode(object);
        return object;
    }

    private UaVariableNode variable(UaObjectNode owner, String name, NodeId type, boolean writable, Object value) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(owner.getNodeId().getIdentifier() + "/" + name))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDescription(LocalizedText.english("the " + name.toLowerCase()))
                .setDataType(type)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(writable ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY)
                .setUserAccessLevel(writable ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY)
                .build();
        node.setValue(new DataValue(new Variant(value), StatusCode.GOOD, DateTime.now()));
        getNodeManager().addNode(node);
        owner.addComponent(node);
        variables.put(name, node);
        return node;
    }

    private static EUInformation celsius() {
        // Part 8 clause 5.6.3: the UNECE common code's characters as bytes of the UnitId, CEL = 0x43454C.
        return new EUInformation(
                "http://www.opcfoundation.org/UA/units/un/cefact",
                0x43454C,
                LocalizedText.english("°C"),
                LocalizedText.english("degree Celsius"));
    }

    /** A device that refuses one setpoint, as a real one refuses what it cannot do. */
    private static final class RefusesOneValue implements AttributeFilter {
        @Override
        public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value)
                throws UaException {
            if (attributeId == AttributeId.Value
                    && value instanceof DataValue dv
                    && Double.valueOf(REFUSED_SETPOINT).equals(dv.value().value())) {
                throw new UaException(StatusCodes.Bad_DeviceFailure);
            }
            ctx.setAttribute(attributeId, value);
        }
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        recordSampling(items);
        subscriptionModel.onDataItemsCreated(items);
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        recordSampling(items);
        subscriptionModel.onDataItemsModified(items);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        subscriptionModel.onDataItemsDeleted(items);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        subscriptionModel.onMonitoringModeChanged(items);
    }
}
