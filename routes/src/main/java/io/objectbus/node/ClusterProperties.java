// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.ClusterSettings;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.CamelContext;

/** Reads {@code objectbus.cluster.*}: without a port the node's broker stays on its own. */
final class ClusterProperties {

    private ClusterProperties() {}

    static ClusterSettings read(CamelContext context, String brokerHost) {
        int port = Integer.parseInt(property(context, "port", "0"));
        if (port <= 0) {
            return ClusterSettings.none();
        }
        String password = property(context, "password", "");
        if (password.isBlank()) {
            throw new NodeStartException(
                    "objectbus.cluster.password must be set when objectbus.cluster.port is (the same on every member)",
                    null);
        }
        List<String> members = Arrays.stream(property(context, "members", "").split(","))
                .map(String::trim)
                .filter(member -> !member.isEmpty())
                .toList();
        return new ClusterSettings(property(context, "host", brokerHost), port, members, password);
    }

    private static String property(CamelContext context, String name, String defaultValue) {
        return context.getPropertiesComponent()
                .resolveProperty("objectbus.cluster." + name)
                .orElse(defaultValue);
    }
}
