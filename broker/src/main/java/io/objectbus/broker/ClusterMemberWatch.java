// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.api.core.client.ClusterTopologyListener;
import org.apache.activemq.artemis.api.core.client.TopologyMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a follower the members that leave the cluster, as the cluster connection's topology sees them: a
 * member killed is gone once its bridge's connection fails, a member stopped once it says so.
 */
final class ClusterMemberWatch implements ClusterTopologyListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMemberWatch.class);

    private final String self;
    private final ClusterFollower follower;

    ClusterMemberWatch(String self, ClusterFollower follower) {
        this.self = self;
        this.follower = follower;
    }

    /** A member coming (back) sends its picture itself ({@link ClusterPicture}); nothing to tell here. */
    @Override
    public void nodeUP(TopologyMember member, boolean last) {}

    @Override
    public void nodeDown(long eventUID, String nodeID) {
        if (nodeID != null && !nodeID.equals(self)) {
            LOG.info("Cluster member {} left the cluster", nodeID);
            follower.memberLeft(nodeID);
        }
    }
}
