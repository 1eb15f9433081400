// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.core.config.ha.ReplicaPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.ReplicatedPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;

/**
 * The HA policy of {@link HighAvailability}: Artemis's replication with its own (classic) quorum, over the cluster
 * connection that the pair's members share. No automatic fail-back: a primary that returns finds its backup active
 * (it checks for a server with its own node id) and becomes the backup in turn, so that two brokers never serve the
 * same journal and no running node loses its broker under it.
 */
final class HighAvailabilityConfiguration {

    private HighAvailabilityConfiguration() {}

    static void apply(ConfigurationImpl config, HighAvailability ha) {
        switch (ha.role()) {
            case PRIMARY ->
                config.setHAPolicyConfiguration(new ReplicatedPolicyConfiguration()
                        .setClusterName(ClusterConfiguration.CONNECTION)
                        .setGroupName(ha.group())
                        .setCheckForActiveServer(true)
                        .setVoteOnReplicationFailure(ha.vote()));
            case BACKUP ->
                config.setHAPolicyConfiguration(new ReplicaPolicyConfiguration()
                        .setClusterName(ClusterConfiguration.CONNECTION)
                        .setGroupName(ha.group())
                        .setAllowFailBack(false));
            case NONE -> {
                return;
            }
        }
        if (!ha.networkCheck().isBlank()) {
            // A member cut off from these addresses stops its broker (and a backup does not take over) until they
            // answer again: with a pair alone, no quorum can tell a dead primary from a lost network.
            config.setNetworkCheckList(ha.networkCheck());
        }
    }
}
