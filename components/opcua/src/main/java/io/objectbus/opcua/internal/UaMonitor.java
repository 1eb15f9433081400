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
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription with a monitored item per Variable (Part 4 clause 5.12): sampling interval from the
 * configuration, and a data change filter with the deadband on numeric Variables. Tells when the server no longer has
 * the subscription while the session stays: Milo does not make a new one by itself.
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
    /** What the server answers for a subscription it no longer has (Part 4 clause 5.13). */
    private static final Set<Long> GONE = Set.of(StatusCodes.Bad_SubscriptionIdInvalid, StatusCodes.Bad_NoSubscription);

    private final OpcUaClient client;
    private final OpcUaConfiguration config;
    private final String adapter;
    private final Consumer<List<UaValue>> sink;
    private final Consumer<String> lost;
    private final Map<NodeId, OpcUaMonitoredItem> items = new HashMap<>();
    /** Read by Milo's delivery threads, to tell a loss of this subscription from one of a replaced one. */
    private volatile OpcUaSubscription subscription;

    /** {@code lost} hears why the server no longer has the subscription; values stop until the next fresh sync. */
    UaMonitor(
            OpcUaClient client,
            OpcUaConfiguration config,
            String adapter,
            Consumer<List<UaValue>> sink,
            Consumer<String> lost) {
        this.client = client;
        this.config = config;
        this.adapter = adapter;
        this.sink = sink;
        this.lost = lost;
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

    /** The subscription's id on the server and its number of monitored items, for the log. */
    String describe() {
        OpcUaSubscription s = subscription;
        return s == null
                ? "no subscription"
                : "subscription " + s.getSubscriptionId().map(Object::toString).orElse("?") + " with " + items.size()
                        + " monitored items";
    }

    private void synchronize() {
        try {
            subscription.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            for (MonitoredItemServiceOperationResult result : e.getCreateResults()) {
                var status = result.operationResult().orElse(result.serviceResult());
                if (GONE.contains(status.value())) {
                    // The subscription itself is gone: every item would be refused, and a new subscription takes all.
                    lost(subscription, UaStatus.describe(status));
                    return;
                }
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

    private void lost(OpcUaSubscription s, String why) {
        if (s == subscription) {
            lost.accept("subscription on " + config.getEndpointUrl() + " lost: " + why);
        }
    }

    /** Milo's word that the server no longer has the subscription, or that it has gone silent. */
    private final class Listener implements OpcUaSubscription.SubscriptionListener {

        /** Part 4 clause 7.20.4: Bad_Timeout (lifetime ran out) or Good_SubscriptionTransferred (another session). */
        @Override
        public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
            lost(s, UaStatus.describe(status));
        }

        /** After Milo had to create a new session, the server did not hand the subscription over to it. */
        @Override
        public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
            lost(s, "not transferred to the new session: " + UaStatus.describe(status));
        }

        /**
         * Neither values nor a keep-alive within the keep-alive time: either the server deleted the subscription (it
         * answers the Publish requests of a subscription it no longer has with Bad_NoSubscription, which Milo takes
         * without telling the subscription) or answers are only late (a busy machine, a long pause of this process).
         * The server is asked: a subscription it still has is kept, so a slow moment costs no loss and no new browse.
         */
        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription s) {
            var id = s.getSubscriptionId();
            if (id.isEmpty()) {
                return;
            }
            client.setPublishingModeAsync(true, List.of(id.get())).whenComplete((response, failure) -> {
                if (failure != null) {
                    // No answer at all is the session's matter: Milo reports a lost session by itself.
                    LOG.debug(
                            "OPC UA adapter {}: asking for the silent subscription failed: {}",
                            adapter,
                            failure.toString());
                    return;
                }
                StatusCode[] results = response.getResults();
                StatusCode status = results == null || results.length == 0
                        ? response.getResponseHeader().getServiceResult()
                        : results[0];
                if (GONE.contains(status.value())) {
                    lost(
                            s,
                            "no values and no keep-alive within its keep-alive time, then "
                                    + UaStatus.describe(status));
                }
            });
        }

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
