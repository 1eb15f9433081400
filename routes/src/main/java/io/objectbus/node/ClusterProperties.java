// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.ClusterSettings;
import io.objectbus.broker.ClusterTls;
import io.objectbus.broker.HighAvailability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.camel.CamelContext;

/** Reads {@code objectbus.cluster.*}: without a port the node's broker stays on its own. */
final class ClusterProperties {

    private ClusterProperties() {}

    static ClusterSettings read(CamelContext context, String brokerHost) {
        int port = Integer.parseInt(property(context, "port", "0"));
        HighAvailability ha = ha(context);
        if (port <= 0 && ha.enabled()) {
            throw new NodeStartException(
                    "objectbus.cluster.ha needs objectbus.cluster.port and objectbus.cluster.members: a primary and its"
                            + " backup replicate over the cluster connection",
                    null);
        }
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
        return new ClusterSettings(property(context, "host", brokerHost), port, members, password, ha, tls(context));
    }

    /** {@code objectbus.cluster.keystore} and its trust store: TLS between the members, both ways. */
    private static ClusterTls tls(CamelContext context) {
        String keyStore = property(context, "keystore", "").trim();
        String trustStore = property(context, "truststore", "").trim();
        if (keyStore.isEmpty() && trustStore.isEmpty()) {
            return ClusterTls.none();
        }
        return new ClusterTls(
                store(keyStore, "keystore"),
                property(context, "keystore-password", ""),
                store(trustStore, "truststore"),
                property(context, "truststore-password", ""));
    }

    private static Path store(String file, String name) {
        if (file.isEmpty() || !Files.isReadable(Path.of(file))) {
            throw new NodeStartException(
                    "objectbus.cluster." + name + " " + (file.isEmpty() ? "must be set" : file + " cannot be read")
                            + ": TLS between cluster members needs a key store and a trust store (PKCS#12)",
                    null);
        }
        return Path.of(file);
    }

    /** {@code objectbus.cluster.ha} and its companions: a live/backup pair, paired by node id unless a group is set. */
    private static HighAvailability ha(CamelContext context) {
        String role = property(context, "ha", "none").trim().toUpperCase(Locale.ROOT);
        if (!List.of("NONE", "PRIMARY", "BACKUP").contains(role)) {
            throw new NodeStartException(
                    "objectbus.cluster.ha must be none, primary or backup, not " + property(context, "ha", ""), null);
        }
        String node = context.getPropertiesComponent()
                .resolveProperty("camel.component.objectbus.node-id")
                .orElse("node1");
        return new HighAvailability(
                HighAvailability.Role.valueOf(role),
                property(context, "ha-group", node),
                Boolean.parseBoolean(property(context, "ha-vote", "false").trim()),
                property(context, "ha-network-check", "").trim());
    }

    private static String property(CamelContext context, String name, String defaultValue) {
        return context.getPropertiesComponent()
                .resolveProperty("objectbus.cluster." + name)
                .orElse(defaultValue);
    }
}
