// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusNode;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent.RouteEvent;
import org.apache.camel.spi.CamelEvent.RouteRemovedEvent;
import org.apache.camel.spi.CamelEvent.RouteRestartingFailureEvent;
import org.apache.camel.spi.CamelEvent.RouteStoppedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Objects live and die with the route that described them: a route stopped or removed (a route file saved again or
 * deleted, a stop from a tool) takes its objects off the bus; a route that fails (an exchange its consumer made ends
 * in an error the route did not handle, or a supervised restart fails) turns them stale until it reports again. The
 * node's own stop leaves them: the node announces itself offline instead.
 */
final class RouteLifecycle extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RouteLifecycle.class);

    private final Supplier<BusNode> bus;
    private final RouteOwners owners;

    RouteLifecycle(Supplier<BusNode> bus, RouteOwners owners) {
        this.bus = bus;
        this.owners = owners;
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        // Of the exchange events only failures: the others would cost every exchange of the node an event.
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public void notify(CamelEvent event) {
        BusNode node = bus.get();
        if (node == null || getCamelContext().isStopping()) {
            return;
        }
        if (event instanceof RouteStoppedEvent || event instanceof RouteRemovedEvent) {
            ended((RouteEvent) event, node);
        } else if (event instanceof RouteRestartingFailureEvent restart) {
            failed(restart.getRoute().getRouteId(), String.valueOf(restart.getCause()), node);
        } else if (event instanceof ExchangeFailedEvent failure) {
            exchangeFailed(failure.getExchange(), node);
        }
    }

    private void ended(RouteEvent event, BusNode node) {
        String route = event.getRoute().getRouteId();
        String owner = owners.of(route);
        if (event instanceof RouteRemovedEvent) {
            owners.forget(route);
        }
        int removed = node.removeOwnedBy(owner);
        if (removed > 0) {
            LOG.info("Route {} {}: its objects ({}) left the bus", owner, verb(event), removed);
        }
    }

    private static String verb(RouteEvent event) {
        return event instanceof RouteRemovedEvent ? "removed" : "stopped";
    }

    /**
     * Writes and subscriptions answer their failures themselves: a refused write, a bad message on $errors. A copy (a
     * kamelet's exchange, a split part) leaves its failure to the exchange it was made from, which a write endpoint's
     * caller answers and a route that handles it forgets: a write kamelet's route therefore never counts as failing.
     */
    private void exchangeFailed(Exchange exchange, BusNode node) {
        if (exchange.getFromRouteId() == null
                || exchange.getFromEndpoint() instanceof ObjectBusEndpoint
                || exchange.getProperty(Exchange.CORRELATION_ID) != null) {
            return;
        }
        Exception cause = exchange.getException();
        failed(exchange.getFromRouteId(), cause == null ? "failed" : String.valueOf(cause.getMessage()), node);
    }

    private void failed(String route, String why, BusNode node) {
        String owner = owners.of(route);
        int stale = node.markStaleOwnedBy(owner, "route " + owner + " failed: " + why);
        if (stale > 0) {
            LOG.warn("Route {} failed ({}): its objects ({}) are stale until it reports them again", owner, why, stale);
        }
    }
}
