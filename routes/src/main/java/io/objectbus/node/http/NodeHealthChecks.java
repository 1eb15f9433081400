// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.node.RouteFolders;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.impl.health.ContextHealthCheck;
import org.apache.camel.impl.health.RoutesHealthCheckRepository;

/**
 * The node's health, as Camel health checks: Camel's own of the context and of every route (a route not started is
 * down), and the node's: the broker runs, the route files are loaded, and each adapter connection's state (in the
 * details; a connection that is down leaves the node ready, as its adapter keeps trying).
 */
final class NodeHealthChecks {

    private NodeHealthChecks() {}

    /**
     * Registers the checks once the context has started: Camel Main sets up the context's health check registry
     * after the node's configuration classes have run.
     */
    static StartupListener registerOnStart() {
        return (context, alreadyStarted) -> register(context);
    }

    static void register(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry.getCheck("context").isEmpty()) {
            registry.register(new ContextHealthCheck());
        }
        if (registry.getRepository("routes").isEmpty()) {
            registry.register(new RoutesHealthCheckRepository());
        }
        registry.register(new BrokerCheck());
        registry.register(new RouteFilesCheck());
        registry.register(new AdapterConnectionsCheck());
    }

    /** The embedded broker runs: without it the node serves nothing. */
    static final class BrokerCheck extends AbstractHealthCheck {

        BrokerCheck() {
            super("objectbus", "broker");
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, java.util.Map<String, Object> options) {
            EmbeddedBroker broker = getCamelContext().getRegistry().lookupByNameAndType("broker", EmbeddedBroker.class);
            if (broker != null && broker.isStarted()) {
                builder.up().detail("mqtt", broker.settings().mqttUrl());
            } else {
                builder.down().message("the embedded broker does not run");
            }
        }
    }

    /** The route files were loaded once; before that, the routes check would see no adapter at all. */
    static final class RouteFilesCheck extends AbstractHealthCheck {

        RouteFilesCheck() {
            super("objectbus", "route-files");
        }

        @Override
        public boolean isLiveness() {
            return false;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, java.util.Map<String, Object> options) {
            if (RouteFolders.loaded(getCamelContext())) {
                builder.up();
            } else {
                builder.down().message("the route files are not loaded yet");
            }
        }
    }
}
