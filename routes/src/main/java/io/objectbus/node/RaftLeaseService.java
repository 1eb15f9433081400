// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jgroups.raft.cluster.JGroupsRaftClusterService;
import org.apache.camel.component.jgroups.raft.cluster.JGroupsRaftClusterView;
import org.apache.camel.component.jgroups.raft.utils.NopStateMachine;
import org.jgroups.JChannel;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.protocols.raft.ELECTION;
import org.jgroups.protocols.raft.FileBasedLog;
import org.jgroups.protocols.raft.NO_DUPES;
import org.jgroups.protocols.raft.RAFT;
import org.jgroups.protocols.raft.REDIRECT;
import org.jgroups.raft.RaftHandle;
import org.jgroups.stack.Protocol;

/**
 * The Raft lease ({@code objectbus.cluster.lease=raft}): Camel's JGroups Raft cluster service over TCP among the
 * members listed in {@code objectbus.cluster.raft.members}, found by their addresses (no multicast), with its log in
 * the node's data folder. Raft elects one leader for the whole group and it leads every lease: one view is held for
 * the node's life, so that its channel connects (and a taken port ends the start) when the node starts, and a deleted
 * file never disconnects the channel the other files' leases stand on.
 */
final class RaftLeaseService extends JGroupsRaftClusterService {

    /** The one lease every once-per-site file shares under Raft. */
    static final String NAMESPACE = "once-per-site";

    /** The lease's length in lease intervals, as long as a silent member takes to be suspected. */
    static final int LEASE_INTERVALS = 5;

    private final InetSocketAddress own;
    private final LeaderLease lease;

    private RaftLeaseService(InetSocketAddress own, LeaderLease lease) {
        this.own = own;
        this.lease = lease;
    }

    static void register(CamelContext context, String nodeId, Path dataDir, long interval) throws Exception {
        RaftMembers members = RaftMembers.parse(property(context, RaftMembers.SETTING));
        String raftId = property(context, "objectbus.cluster.raft.id").isBlank()
                ? nodeId
                : property(context, "objectbus.cluster.raft.id").trim();
        InetSocketAddress own = members.own(raftId);
        checkFree(own);
        LeaderLease lease = new LeaderLease(interval, LEASE_INTERVALS);
        RaftLeaseService service = new RaftLeaseService(own, lease);
        service.setId(nodeId);
        service.setRaftId(raftId);
        service.setJgroupsClusterName("objectbus-site-leases");
        service.setRaftHandle(
                new RaftHandle(channel(own, members, raftId, logDir(dataDir), interval, lease), new NopStateMachine())
                        .raftId(raftId));
        context.addService(service, true, true);
        service.getView(NAMESPACE);
    }

    static JChannel channel(
            InetSocketAddress own, RaftMembers members, String raftId, Path log, long interval, LeaderLease lease)
            throws Exception {
        List<Protocol> stack = List.of(
                new TCP()
                        .setBindAddress(own.getAddress())
                        .setBindPort(own.getPort())
                        .setPortRange(0),
                new TCPPING().setInitialHosts(members.all()).setPortRange(0),
                new MERGE3(),
                // A member is suspected after about five lease intervals without its heartbeat, as a file lease.
                new FD_ALL3().setInterval(interval).setTimeout(5 * interval),
                new VERIFY_SUSPECT2().setTimeout(interval),
                new NAKACK2(),
                new UNICAST3(),
                new STABLE(),
                new NO_DUPES(),
                new GMS().setJoinTimeout(2 * interval).printLocalAddress(false),
                new FRAG4(),
                // The node's own lease on Raft's leadership: below the election, so it sees every message first.
                lease,
                new ELECTION(),
                new RAFT()
                        .members(members.ids())
                        .raftId(raftId)
                        .logClass(FileBasedLog.class.getName())
                        .logDir(log.toString()),
                new REDIRECT());
        return new JChannel(stack);
    }

    /** JGroups reports a port it cannot bind only as a failure to connect later; say it plainly at the start. */
    private static void checkFree(InetSocketAddress own) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(own);
        } catch (Exception e) {
            throw failure(own, e);
        }
    }

    private static NodeStartException failure(InetSocketAddress own, Exception e) {
        return new NodeStartException(
                "the Raft lease on " + own.getAddress().getHostAddress() + ":" + own.getPort() + " did not start: "
                        + NodeStartException.reason(e) + "; set this member's entry in " + RaftMembers.SETTING,
                e);
    }

    private static Path logDir(Path dataDir) {
        Path dir = dataDir.resolve("raft").toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (Exception e) {
            throw new NodeStartException("the Raft log folder " + dir + " cannot be made: " + e.getMessage(), e);
        }
    }

    /** The view leads while this member holds the leader's lease, not merely while Raft says it leads. */
    @Override
    protected JGroupsRaftClusterView createView(String namespace) {
        return new RaftLeaseView(this, namespace, lease);
    }

    @Override
    protected void doStart() throws Exception {
        try {
            super.doStart();
        } catch (Exception e) {
            throw failure(own, e);
        }
    }

    private static String property(CamelContext context, String name) {
        return context.getPropertiesComponent().resolveProperty(name).orElse("");
    }
}
