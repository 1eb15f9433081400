// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.ClusterFollower;
import io.objectbus.model.Ids;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The other members of the broker's cluster as this node's bus sees them: the nodes whose picture came from each
 * member, kept like a router's; when the cluster loses a member, those nodes are shown offline (reason
 * {@code link down}), as a router shows the nodes behind a lost link, until they speak again: a member that returns
 * sends its picture, its node's {@code $state} with it. The topology's word that a member is up is not taken for
 * that: another member may still tell of one that is already gone.
 */
final class ClusterMembers implements ClusterFollower {

    private final Topics topics;
    private final ForwardedMessages forwarded;
    private final ForeignState foreign;
    private final BusTransport transport;
    private final PreviousRunObjects previousRun;
    private final Map<String, Set<String>> nodesByMember = new ConcurrentHashMap<>();

    ClusterMembers(
            Topics topics,
            ForwardedMessages forwarded,
            ForeignState foreign,
            BusTransport transport,
            PreviousRunObjects previousRun) {
        this.topics = topics;
        this.forwarded = forwarded;
        this.foreign = foreign;
        this.transport = transport;
        this.previousRun = previousRun;
    }

    /**
     * Another member's publication or picture; or, empty and of this node, that member's notice that it forgot a
     * descriptor of this node's previous run. A node's new run makes this member forget what its previous run had
     * described; the node is told, as it alone can tell its live subscribers which of them are gone for good.
     */
    @Override
    public void accept(String member, String topic, byte[] payload) {
        if (payload.length == 0 && previousRun.isOwnObjectInfo(topic)) {
            previousRun.gone(topic);
            return;
        }
        String node = nodeOf(topic);
        if (member != null && node != null) {
            nodesByMember
                    .computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet())
                    .add(node);
        }
        List<String> forgotten = foreign.previousRunObjects(topic, payload);
        forwarded.fromClusterMember(topic, payload);
        if (member != null) {
            forgotten.forEach(info -> transport.noticeToClusterMember(member, info));
        }
    }

    @Override
    public void memberLeft(String member) {
        nodesByMember.getOrDefault(member, Set.of()).forEach(forwarded::linkDown);
    }

    private String nodeOf(String topic) {
        String root = topics.prefix() + "/";
        if (topic == null || !topic.startsWith(root)) {
            return null;
        }
        String node = topic.substring(root.length()).split("/", 2)[0];
        return Ids.isValid(node) ? node : null;
    }
}
