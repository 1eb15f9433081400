// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.bus.WriteCommand;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EnOcean gateways running in this node, and the processor of the one route that takes the bus's writes for
 * all of them ({@code objectbus:set?protocol=enocean}): the bus hands each write to the first route whose filter
 * matches, and object ids ({@code enocean-<sender>}) do not say which gateway holds the device, so the adapter that
 * knows it is found here. The write completes when the device confirmed it, without holding the bus's thread.
 */
public final class EnoceanAdapters extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EnoceanAdapters.class);

    private final List<GatewayAdapter> adapters = new CopyOnWriteArrayList<>();

    synchronized void register(GatewayAdapter adapter) {
        for (GatewayAdapter other : adapters) {
            if (other.settings().gatewayId().equals(adapter.settings().gatewayId())) {
                throw new IllegalArgumentException(
                        "two EnOcean gateways have the id " + other.settings().gatewayId());
            }
            if (other.settings()
                    .deviceFile()
                    .toAbsolutePath()
                    .equals(adapter.settings().deviceFile().toAbsolutePath())) {
                throw new IllegalArgumentException(
                        "EnOcean gateways " + other.settings().gatewayId() + " and "
                                + adapter.settings().gatewayId() + " share the device file "
                                + adapter.settings().deviceFile()
                                + ": give each its own deviceFile");
            }
        }
        adapters.add(adapter);
    }

    void unregister(GatewayAdapter adapter) {
        adapters.remove(adapter);
    }

    /** Whether another gateway of this node knows the sender, so this one need not report it as unknown. */
    boolean knownElsewhere(GatewayAdapter self, int senderId) {
        return adapters.stream().anyMatch(a -> a != self && a.knows(senderId));
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WriteCommand command = exchange.getMessage().getBody(WriteCommand.class);
        GatewayAdapter owner = adapters.stream()
                .filter(a -> command != null && a.owns(command.objectId()))
                .findFirst()
                .orElse(null);
        if (owner == null) {
            exchange.setException(new IllegalStateException(
                    "no EnOcean gateway holds " + (command == null ? "this object" : command.objectId())));
            callback.done(true);
            return true;
        }
        owner.write(command).whenComplete((ok, error) -> {
            if (error != null) {
                Throwable reason = ActuatorWrites.unwrap(error);
                LOG.info(
                        "EnOcean write {}/{} = {} not applied: {}",
                        command.objectId(),
                        command.resourceId(),
                        command.value(),
                        reason.getMessage());
                exchange.setException(reason);
            }
            callback.done(false);
        });
        return false;
    }
}
