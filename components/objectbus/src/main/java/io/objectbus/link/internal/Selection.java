// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.broker.Glob;
import io.objectbus.link.internal.TopicKind.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What crosses a link: the node's traffic filtered by node, object type and tag, requests for other nodes, and the
 * replies that travel back to the far node; never what came from the far node or passed it (split horizon on the
 * path), never more than {@code maxHops} nodes far, and, without transit, only this node's own traffic.
 */
public final class Selection {

    /**
     * @param remoteNode the node at the far end, or null for a cloud bridge (which carries no requests)
     * @param nodes globs of the nodes whose objects cross
     * @param types globs of object types; empty for any
     * @param tags globs of object tags; empty for any
     */
    public record Rules(
            String prefix,
            String localNode,
            String remoteNode,
            List<String> nodes,
            List<String> types,
            List<String> tags,
            boolean transit,
            int maxHops) {}

    private final Rules rules;
    private final Predicate<String> nodes;
    private final Predicate<String> types;
    private final Predicate<String> tags;
    private final ObjectIndex index;

    /** @param descriptorLookup the current payload of an object descriptor topic, for objects not seen yet */
    public Selection(Rules rules, Function<String, byte[]> descriptorLookup) {
        this.rules = rules;
        this.nodes = anyGlob(rules.nodes().isEmpty() ? List.of("*") : rules.nodes());
        this.types = rules.types().isEmpty() ? t -> true : anyGlob(rules.types());
        this.tags = anyGlob(rules.tags());
        this.index = new ObjectIndex(descriptorLookup);
    }

    public static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Predicate<String> anyGlob(List<String> globs) {
        return globs.stream().map(Glob::ignoringCase).reduce(s -> false, Predicate::or);
    }

    public Rules rules() {
        return rules;
    }

    public TopicKind kind(String topic) {
        return TopicKind.of(rules.prefix(), topic);
    }

    /** Whether the message goes over the link. */
    public boolean crosses(LinkMessage m) {
        TopicKind kind = kind(m.topic());
        if (kind.kind() == Kind.OBJECT_INFO) {
            index.learn(m.topic(), m.payload());
        }
        if (kind.kind() == Kind.REPLY) {
            return kind.node().equals(rules.remoteNode());
        }
        if (kind.kind() == Kind.OTHER || !pathAllows(m.pathNodes())) {
            return false;
        }
        if (kind.kind() == Kind.REQUEST) {
            return rules.remoteNode() != null && !rules.localNode().equals(kind.node());
        }
        return !kind.node().equals(rules.remoteNode()) && nodes.test(kind.node()) && objectAllowed(kind);
    }

    private boolean pathAllows(List<String> path) {
        if (path.contains(rules.localNode())) {
            return false; // came back to this node: a loop
        }
        if (rules.remoteNode() != null && path.contains(rules.remoteNode())) {
            return false; // came from, or through, the far node
        }
        return (rules.transit() || path.isEmpty()) && path.size() < rules.maxHops();
    }

    private boolean objectAllowed(TopicKind kind) {
        if (kind.object() == null || (rules.types().isEmpty() && rules.tags().isEmpty())) {
            return true;
        }
        String infoTopic = rules.prefix() + "/" + kind.node() + "/" + kind.object() + "/$info";
        ObjectIndex.Info info = index.get(infoTopic);
        boolean typeOk = rules.types().isEmpty() || types.test(info.type());
        boolean tagOk = rules.tags().isEmpty() || info.tags().stream().anyMatch(tags);
        return typeOk && tagOk;
    }
}
