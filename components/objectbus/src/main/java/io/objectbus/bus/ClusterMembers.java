// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.ClusterFollower;
import io.objectbus.model.Ids;
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
    private final Map<String, Set<String>> nodesByMember = new ConcurrentHashMap<>();

    ClusterMembers(Topics topics, ForwardedMessages forwarded) {
        this.topics = topics;
        this.forwarded = forwarded;
    }

    @Override
    public void accept(String member, String topic, byte[] payload) {
        String node = nodeOf(topic);
        if (member != null && node != null) {
            nodesByMember
                    .computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet())
                    .add(node);
        }
        forwarded.fromClusterMember(topic, payload);
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
