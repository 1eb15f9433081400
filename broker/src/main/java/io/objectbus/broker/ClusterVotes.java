// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.cluster.quorum.QuorumManager;
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.core.server.impl.ServerConnectVoteHandler;

/**
 * Lets an active member answer the quorum vote of another pair's backup ("do you still see my primary?"). Artemis
 * registers the answer only on a replication primary as it activates; a member without a pair, or a backup that took
 * over, got the vote, logged AMQ224090 and sent no answer, and a backup that asks before it takes over never took over
 * while such a member was in the cluster.
 */
final class ClusterVotes {

    private ClusterVotes() {}

    static void answer(ActiveMQServer server) {
        QuorumManager quorum = server.getClusterManager().getQuorumManager();
        if (quorum != null && server instanceof ActiveMQServerImpl impl) {
            quorum.registerQuorumHandler(new ServerConnectVoteHandler(impl));
        }
    }
}
