// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.cluster.impl.MessageLoadBalancingType;

/** The symmetric cluster of {@link ClusterSettings}: a core listener, static connectors, one cluster connection. */
final class ClusterConfiguration {

    static final String CONNECTION = "objectbus-cluster";

    /**
     * What the cluster leaves alone: each member's MQTT session store (its queue has the same name on every member,
     * and the cluster would balance one member's sessions onto another) and the links' stores and taps, which belong
     * to the member whose router owns them.
     */
    static final String ADDRESSES = "!$sys.mqtt.sessions,!" + BrokerConfiguration.LINK_ADDRESS_PREFIX + "#";

    /**
     * Duplicate ids each address keeps for messages that came over a bridge. Artemis's default of 20,000 costs about
     * 80 KB an address: at five addresses a device, 400 KB of every member's heap for each device of the site (measured
     * with the cluster-site bench). A bridge resends only what its confirmation window had not confirmed, so a
     * thousand recent ids an address still catch those resends except on an address flooded past a thousand values in
     * that window, where a repeated value is delivered twice.
     */
    static final int DUPLICATE_IDS = 1_000;

    private ClusterConfiguration() {}

    static void apply(ConfigurationImpl config, ClusterSettings cluster) {
        try {
            config.addAcceptorConfiguration(
                    "cluster",
                    cluster.url() + "?protocols=CORE;tcpNoDelay=true"
                            + cluster.tls().acceptorOptions());
            String connectorOptions = cluster.tls().enabled()
                    ? "?" + cluster.tls().connectorOptions().substring(1)
                    : "";
            config.addConnectorConfiguration("self", cluster.url() + connectorOptions);
            List<String> members = new ArrayList<>();
            for (int i = 0; i < cluster.members().size(); i++) {
                config.addConnectorConfiguration(
                        "member-" + i, "tcp://" + cluster.members().get(i) + connectorOptions);
                members.add("member-" + i);
            }
            config.setIDCacheSize(DUPLICATE_IDS);
            config.setClusterUser("objectbus-cluster");
            config.setClusterPassword(cluster.password());
            config.addClusterConfiguration(new ClusterConnectionConfiguration()
                    .setName(CONNECTION)
                    .setAddress(ADDRESSES)
                    .setConnectorName("self")
                    .setStaticConnectors(members)
                    // A message crosses to a member only if a subscription there wants it; MQTT subscriptions are
                    // multicast queues with unique names, so each gets its copy and none is balanced away.
                    .setMessageLoadBalancingType(MessageLoadBalancingType.ON_DEMAND)
                    .setMaxHops(1)
                    .setRetryInterval(500)
                    // A member that stops answering (not only one whose socket closes, as a killed one's does) is
                    // lost after 20 s rather than Artemis's default of a minute; its node is then shown offline.
                    .setClientFailureCheckPeriod(5_000)
                    .setConnectionTTL(20_000)
                    .setReconnectAttempts(-1)
                    .setDuplicateDetection(true));
            HighAvailabilityConfiguration.apply(config, cluster.ha());
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid cluster settings " + cluster, e);
        }
    }
}
