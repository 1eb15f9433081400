// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Holds back every exchange of a once-per-site file's routes while this member does not hold the file's lease. A
 * member that wakes from a pause has its file's routes stopped a moment later ({@link DropInRoutes}); in that moment
 * its timers and sockets fire at once, and this check, made at each exchange on the lease's own clock, drops them.
 */
final class LeaseGuard implements RoutePolicyFactory {

    private final Predicate<Path> held;
    /** The once-per-site file whose routes are being made now; the route files are loaded one at a time. */
    private volatile Path loading;

    LeaseGuard(Predicate<Path> held) {
        this.held = held;
    }

    /** The routes made from now until {@link #loaded} are the file's, or of no once-per-site file if null. */
    void loading(Path file) {
        loading = file;
    }

    void loaded() {
        loading = null;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        Path file = loading;
        return file == null ? null : new Guard(file);
    }

    private final class Guard extends RoutePolicySupport {
        private final Path file;

        Guard(Path file) {
            this.file = file;
        }

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            if (!held.test(file)) {
                exchange.setRouteStop(true);
            }
        }
    }
}
