// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.client.ClusterTopologyListener;
import org.apache.activemq.artemis.api.core.client.TopologyMember;
import org.apache.activemq.artemis.core.server.cluster.ClusterConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the members that leave the cluster and those that come back, as this member's own bridge to each sees it: a
 * member is gone when the bridge's connection to it has failed (a killed member's at once, a silent one's after the
 * connection's TTL), and back when the bridge is connected again. The topology's word is not taken for either: a
 * member back from a pause relays its stale view, whose departures remove members this one still reaches (Artemis's
 * own cluster connection ignores them, too), and a departure relayed first hides the later one of the bridge itself.
 */
final class ClusterMemberWatch implements ClusterTopologyListener, AutoCloseable {

    /** How often the bridges are looked at: a second on top of the connection's own failure detection. */
    static final long CHECK_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMemberWatch.class);

    /** What the watch tells. */
    interface Changes {

        void left(String member);

        void back(String member);
    }

    /** Where a member stands, as this member's bridge to it saw it last. */
    private enum Seen {
        NAMED,
        CONNECTED,
        LEFT
    }

    private final String self;
    private final ClusterConnection connection;
    private final Changes changes;
    /** Each member the topology has named. */
    private final Map<String, Seen> members = new ConcurrentHashMap<>();

    private final ScheduledFuture<?> checks;

    ClusterMemberWatch(String self, ClusterConnection connection, ScheduledExecutorService scheduler, Changes changes) {
        this.self = self;
        this.connection = connection;
        this.changes = changes;
        connection.addClusterTopologyListener(this);
        this.checks =
                scheduler.scheduleWithFixedDelay(this::checkBridges, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A member named: watched from now on; what the bridge to it says counts, not this word. */
    @Override
    public void nodeUP(TopologyMember member, boolean last) {
        String id = member.getNodeId();
        if (id != null && !id.equals(self)) {
            members.putIfAbsent(id, Seen.NAMED);
        }
    }

    /** Looked at at once: the bridge's own failure says so too, and a relayed one is not taken for a departure. */
    @Override
    public void nodeDown(long eventUID, String nodeID) {
        checkBridges();
    }

    /**
     * The member's bindings came over this member's bridge to it: connected, whether or not a check has seen it yet (a
     * member that leaves right after it joined still leaves).
     */
    void reached(String member) {
        if (!member.equals(self)) {
            members.compute(member, (m, seen) -> seen == Seen.LEFT ? seen : Seen.CONNECTED);
        }
    }

    /**
     * A member first seen connected is no news (its picture comes with its bindings, {@link ClusterPicture}); one that
     * was connected and no longer is has left; one that had left and is connected again is back.
     */
    synchronized void checkBridges() {
        members.forEach((member, before) -> {
            boolean active = connection.isNodeActive(member);
            Seen now = active ? Seen.CONNECTED : before == Seen.CONNECTED ? Seen.LEFT : before;
            if (now == before || !members.replace(member, before, now)) {
                return;
            }
            try {
                tell(member, before, now);
            } catch (RuntimeException e) {
                // The next checks must run all the same.
                LOG.warn("Could not tell the change of cluster member {}: {}", member, e.toString(), e);
            }
        });
    }

    private void tell(String member, Seen before, Seen now) {
        if (now == Seen.LEFT) {
            LOG.info("Cluster member {} left the cluster", member);
            changes.left(member);
        } else if (before == Seen.LEFT) {
            LOG.info("Cluster member {} is back in the cluster", member);
            changes.back(member);
        } else {
            LOG.info("Cluster member {} reached", member);
        }
    }

    @Override
    public void close() {
        checks.cancel(false);
        connection.removeClusterTopologyListener(this);
    }
}
