// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.bus.WriteCommand;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes of one gateway's objects, as the adapter's own {@code enocean-write} route applies them: bound under the
 * name that route refers to while the adapter runs. The write completes when the device confirmed it, without
 * holding the bus's thread.
 */
final class GatewayWrites extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayWrites.class);

    private final CamelContext context;
    private final String name;
    private final GatewayAdapter adapter;

    private GatewayWrites(CamelContext context, String name, GatewayAdapter adapter) {
        this.context = context;
        this.name = name;
        this.adapter = adapter;
    }

    static GatewayWrites bind(CamelContext context, String adapterRouteId, GatewayAdapter adapter) {
        GatewayWrites writes = new GatewayWrites(context, "enocean-writes-" + adapterRouteId, adapter);
        context.getRegistry().bind(writes.name, writes);
        return writes;
    }

    void unbind() {
        if (context.getRegistry().lookupByName(name) == this) {
            context.getRegistry().unbind(name);
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WriteCommand command = exchange.getMessage().getBody(WriteCommand.class);
        if (command == null) {
            exchange.setException(new IllegalArgumentException("an EnOcean write needs a WriteCommand"));
            callback.done(true);
            return true;
        }
        BusMessages bus = new BusMessages();
        adapter.write(command, bus).whenComplete((ok, error) -> {
            // What the write changed that no telegram reports (learn mode, a set point): the write route publishes it.
            exchange.setProperty(BusMessage.PROPERTY, bus.list());
            if (error != null) {
                exchange.setException(failed(command, ActuatorWrites.unwrap(error)));
            }
            callback.done(false);
        });
        return false;
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
