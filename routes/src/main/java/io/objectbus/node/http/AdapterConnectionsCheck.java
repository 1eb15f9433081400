// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.component.ObjectBusComponent;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Each adapter connection's state in the details ({@code <object>: up}, {@code <object>: down (reason)}), from the
 * connection objects on the bus ({@code objectbus:connection}). Up as long as the bus runs: a device that is away
 * does not make the node unready, its adapter keeps trying; a monitor reads the detail, or the metric
 * {@code objectbus_adapter_connection_up}.
 */
final class AdapterConnectionsCheck extends AbstractHealthCheck {

    AdapterConnectionsCheck() {
        super("objectbus", "adapter-connections");
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ObjectBusComponent component = getCamelContext().getComponent("objectbus", ObjectBusComponent.class);
        if (component == null || component.getBus() == null) {
            builder.down().message("the bus does not run");
            return;
        }
        builder.up();
        for (AdapterConnection connection :
                AdapterConnection.all(component.getBus().view())) {
            builder.detail(connection.object(), connection.describe());
            if (!connection.isUp()) {
                builder.message("an adapter connection is not up");
            }
        }
    }
}
