// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.WriteCommand;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** A write as an exchange, the same for the set consumer and for a write endpoint bound by describe. */
final class WriteExchanges {

    private WriteExchanges() {}

    /** Body: the {@link WriteCommand}; headers: its object, resource, effective value and level. */
    static void fill(Message message, WriteCommand command) {
        message.setBody(command);
        message.setHeader(ObjectBusConstants.OBJECT, command.objectId());
        message.setHeader(ObjectBusConstants.RESOURCE, command.resourceId());
        message.setHeader(ObjectBusConstants.VALUE, command.value());
        message.setHeader(ObjectBusConstants.PRIORITY, command.priority());
    }

    /** Completes the write when the exchange is done: applied without an exception, failed with it. */
    static void settle(Exchange exchange, CompletableFuture<Void> done) {
        Exception error = exchange.getException();
        if (error == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(error);
        }
    }
}
