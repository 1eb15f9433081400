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
 * sends its picture, its node's {@code $state} with it; one back from a silence shows them online again at once, its
 * picture following.
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
        // This node's own state, shown again by a member back from a silence, is not that member's node.
        if (member != null && node != null && !node.equals(topics.node())) {
            attribute(member, node, topic, payload);
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

    /** Its nodes show their own state again; the member's picture follows, with anything that changed meanwhile. */
    @Override
    public void memberBack(String member) {
        nodesByMember.getOrDefault(member, Set.of()).forEach(forwarded::linkUp);
    }

    /**
     * A node whose picture came from another member is that member's to send to a joiner: sent by this one as well,
     * the joiner would count it among this member's nodes, and show it offline when this member leaves.
     */
    @Override
    public boolean isFromAnotherMember(String topic) {
        String node = nodeOf(topic);
        return node != null && !node.equals(topics.node()) && isOfAMemberOtherThan(null, node);
    }

    /** The member's node: its own, or one behind it (a router's), not one it only speaks of. */
    private void attribute(String member, String node, String topic, byte[] payload) {
        Set<String> nodes = nodesByMember.get(member);
        if ((nodes == null || !nodes.contains(node))
                && !isReport(topic, payload)
                && !isOfAMemberOtherThan(member, node)) {
            nodesByMember
                    .computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet())
                    .add(node);
        }
    }

    /**
     * Whether the node came first from a member other than {@code member} (null: from any member). Its state, which a
     * member shows again once that member is back, reaches the others too and is not that member's own.
     */
    private boolean isOfAMemberOtherThan(String member, String node) {
        return nodesByMember.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(member) && e.getValue().contains(node));
    }

    /** Another member's word that a node is unreachable: of that node, not of the member's own. */
    private static boolean isReport(String topic, byte[] payload) {
        return topic.endsWith("/$state") && Reachability.isReport(payload);
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
