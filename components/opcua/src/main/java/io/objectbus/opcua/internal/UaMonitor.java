// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.objectbus.opcua.OpcUaConfiguration;
import io.objectbus.opcua.model.UaStatus;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription with a monitored item per Variable (Part 4 clause 5.12): sampling interval from the
 * configuration, and a data change filter with the deadband on numeric Variables.
 */
final class UaMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(UaMonitor.class);
    private static final Set<OpcUaDataType> NUMERIC = Set.of(
            OpcUaDataType.SByte,
            OpcUaDataType.Byte,
            OpcUaDataType.Int16,
            OpcUaDataType.UInt16,
            OpcUaDataType.Int32,
            OpcUaDataType.UInt32,
            OpcUaDataType.Int64,
            OpcUaDataType.UInt64,
            OpcUaDataType.Float,
            OpcUaDataType.Double);

    private final OpcUaClient client;
    private final OpcUaConfiguration config;
    private final String adapter;
    private final Consumer<List<UaValue>> sink;
    private final Map<NodeId, OpcUaMonitoredItem> items = new HashMap<>();
    private OpcUaSubscription subscription;

    UaMonitor(OpcUaClient client, OpcUaConfiguration config, String adapter, Consumer<List<UaValue>> sink) {
        this.client = client;
        this.config = config;
        this.adapter = adapter;
        this.sink = sink;
    }

    /**
     * Monitors exactly these Variables. With {@code fresh}, the subscription starts over, so that the server sends
     * the current value of every item (as it does for new items).
     */
    void sync(List<NodeId> nodes, Map<NodeId, UaVariable> variables, boolean fresh) throws UaException {
        if (fresh || subscription == null || subscription.getSyncState() == OpcUaSubscription.SyncState.INITIAL) {
            close();
            subscription = new OpcUaSubscription(client, config.getPublishingInterval());
            subscription.setSubscriptionListener(new Listener());
            subscription.create();
        }
        Set<NodeId> wanted = new HashSet<>(nodes);
        for (NodeId gone : List.copyOf(items.keySet())) {
            if (!wanted.contains(gone)) {
                subscription.removeMonitoredItem(items.remove(gone));
            }
        }
        for (NodeId node : nodes) {
            items.computeIfAbsent(node, n -> added(n, variables.get(n)));
        }
        synchronize();
    }

    private OpcUaMonitoredItem added(NodeId node, UaVariable variable) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
        item.setSamplingInterval(config.getSamplingInterval());
        item.setQueueSize(uint(10));
        if (config.getDeadband() > 0 && variable != null && NUMERIC.contains(variable.builtinType())) {
            DeadbandType type =
                    "percent".equalsIgnoreCase(config.getDeadbandType()) ? DeadbandType.Percent : DeadbandType.Absolute;
            item.setFilter(
                    new DataChangeFilter(DataChangeTrigger.StatusValue, uint(type.getValue()), config.getDeadband()));
        }
        subscription.addMonitoredItem(item);
        return item;
    }

    private void synchronize() {
        try {
            subscription.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            for (MonitoredItemServiceOperationResult result : e.getCreateResults()) {
                var status = result.operationResult().orElse(result.serviceResult());
                if (!status.isGood()) {
                    LOG.warn(
                            "OPC UA adapter {}: the server refused to monitor {}: {}",
                            adapter,
                            result.monitoredItem().getReadValueId().getNodeId().toParseableString(),
                            UaStatus.describe(status));
                    items.remove(result.monitoredItem().getReadValueId().getNodeId());
                    subscription.removeMonitoredItem(result.monitoredItem());
                }
            }
        }
    }

    void close() {
        items.clear();
        if (subscription != null) {
            OpcUaSubscription old = subscription;
            subscription = null;
            old.setSubscriptionListener(null);
            old.deleteAsync();
        }
    }

    private final class Listener implements OpcUaSubscription.SubscriptionListener {

        @Override
        public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> changed, List<DataValue> values) {
            List<UaValue> out = new ArrayList<>(changed.size());
            for (int i = 0; i < changed.size(); i++) {
                out.add(new UaValue(changed.get(i).getReadValueId().getNodeId(), values.get(i)));
            }
            sink.accept(out);
        }
    }
}
