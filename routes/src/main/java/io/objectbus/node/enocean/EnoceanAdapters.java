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

    /**
     * @throws IllegalArgumentException when another running gateway has the same id or device file
     */
    synchronized void register(GatewayAdapter adapter) {
        for (GatewayAdapter other : adapters) {
            AdapterSettings mine = adapter.settings();
            AdapterSettings theirs = other.settings();
            if (theirs.gatewayId().equals(mine.gatewayId())) {
                throw new IllegalArgumentException("two EnOcean gateways have the id " + mine.gatewayId());
            }
            if (theirs.deviceFile().toAbsolutePath().equals(mine.deviceFile().toAbsolutePath())) {
                throw new IllegalArgumentException("EnOcean gateways " + theirs.gatewayId() + " and "
                        + mine.gatewayId() + " share the device file " + mine.deviceFile()
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
        GatewayAdapter owner = command == null ? null : owner(command.objectId());
        if (owner == null) {
            exchange.setException(new IllegalStateException(
                    "no EnOcean gateway holds " + (command == null ? "this object" : command.objectId())));
            callback.done(true);
            return true;
        }
        owner.write(command).whenComplete((ok, error) -> {
            if (error != null) {
                exchange.setException(failed(command, ActuatorWrites.unwrap(error)));
            }
            callback.done(false);
        });
        return false;
    }

    private GatewayAdapter owner(String objectId) {
        return adapters.stream().filter(a -> a.owns(objectId)).findFirst().orElse(null);
    }

    private static Throwable failed(WriteCommand command, Throwable reason) {
        LOG.info(
                "EnOcean write {}/{} = {} not applied: {}",
                command.objectId(),
                command.resourceId(),
                command.value(),
                reason.getMessage());
        return reason;
    }
}
