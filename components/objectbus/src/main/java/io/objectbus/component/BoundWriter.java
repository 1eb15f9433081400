// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.WriteCommand;
import io.objectbus.bus.WriteHandler;
import java.util.concurrent.CompletionStage;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * The write endpoint a describing route names ({@code objectbus:describe?writeUri=...}): the objects it describes
 * take their writes there, through a producer that lives as long as the describing route's producer. Each write is
 * an exchange as the set consumer makes it, with the same outcome: applied when it completes, failed with its
 * exception, timeout on a {@link java.util.concurrent.TimeoutException}.
 */
final class BoundWriter extends BoundEndpoint implements WriteHandler {

    /** @param from the describe endpoint: writes are its exchanges, which the route lifecycle does not count. */
    BoundWriter(CamelContext context, String uri, Endpoint from) {
        super(context, uri, from);
    }

    @Override
    public CompletionStage<Void> apply(WriteCommand command) {
        Exchange exchange = createExchange();
        WriteExchanges.fill(exchange.getMessage(), command);
        return send(exchange, command.objectId(), "the write route").thenApply(done -> null);
    }
}
