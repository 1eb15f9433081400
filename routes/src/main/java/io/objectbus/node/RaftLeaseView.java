// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.util.Optional;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.component.jgroups.raft.cluster.JGroupsRaftClusterService;
import org.apache.camel.component.jgroups.raft.cluster.JGroupsRaftClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camel's view of the Raft lease, led by this member only while it holds the {@link LeaderLease}, not merely while
 * Raft says it leads: Raft's word comes late to a leader back from a pause, the lease's at once.
 */
final class RaftLeaseView extends JGroupsRaftClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(RaftLeaseView.class);

    private final LeaderLease lease;
    private final CamelClusterMember local = new Member();

    RaftLeaseView(JGroupsRaftClusterService service, String namespace, LeaderLease lease) {
        super(
                service,
                namespace,
                service.getJgroupsConfig(),
                service.getJgroupsClusterName(),
                service.getRaftHandle(),
                service.getRaftId());
        this.lease = lease;
        lease.onChange(this::turned);
    }

    private void turned() {
        boolean held = lease.holds();
        if (held) {
            LOG.info("Raft lease held: this member leads and a majority confirmed it");
        } else {
            LOG.info(
                    "Raft lease not held: no majority confirmed this member as leader within {} ms",
                    lease.lengthMillis());
        }
        fireLeadershipChangedEvent(held ? local : null);
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return lease.holds() ? Optional.of(local) : Optional.empty();
    }

    private final class Member implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return lease.holds();
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return getClusterService().getId();
        }
    }
}
