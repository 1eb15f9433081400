// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which other nodes this node shows as unreachable, and the offline {@code $state} it shows for them instead of their
 * own: nodes whose state came last through a neighbour whose link went down (reason {@code link down}, reported by
 * this node), or that the neighbour they are reached through reports so. The node's own state comes back when the
 * link returns, when this node links to it directly, or when the node says something new. A node already offline
 * (stopped) stays as it said, and a node this node has an up link to is never shown unreachable.
 */
final class Reachability {

    static final String LINK_DOWN = "link down";

    /** @param neighbour the neighbour whose link is down, or who reported it */
    private record Unreachable(String neighbour, byte[] offline) {}

    private final String localNode;
    private final Predicate<String> linkedAndUp;
    private final Map<String, Unreachable> unreachable = new ConcurrentHashMap<>();

    /** @param linkedAndUp whether this node has a link to that node, and it is up */
    Reachability(String localNode, Predicate<String> linkedAndUp) {
        this.localNode = localNode;
        this.linkedAndUp = linkedAndUp;
    }

    static boolean isReport(byte[] state) {
        return says(state, "reason", LINK_DOWN);
    }

    /**
     * This node's link to the neighbour went down: the node is shown unreachable if its state came last through it and
     * says online.
     *
     * @param path the nodes its state came through, origin first
     * @return whether the node is now shown unreachable
     */
    boolean linkDown(String node, String neighbour, byte[] state, String path, String since) {
        if (!lastHop(path).equals(neighbour) || !says(state, "online", "true") || linkedAndUp.test(node)) {
            return false;
        }
        Map<String, Object> offline = new LinkedHashMap<>();
        offline.put("online", false);
        offline.put("since", since);
        offline.put("reason", LINK_DOWN);
        offline.put("reportedBy", localNode);
        return unreachable.putIfAbsent(node, new Unreachable(neighbour, Json.bytes(offline))) == null;
    }

    /**
     * Another node reports the node unreachable. It counts only if this node reaches the node through the reporter
     * (another neighbour's lost link says nothing of this node's own way to it) and has no link of its own to it.
     *
     * @param heldPath the path the node's own state held came through; null if none is held
     * @return whether the report counts
     */
    boolean report(String node, byte[] report, String path, String heldPath) {
        String neighbour = lastHop(path);
        if (heldPath == null || !lastHop(heldPath).equals(neighbour) || linkedAndUp.test(node)) {
            return false;
        }
        unreachable.put(node, new Unreachable(neighbour, report));
        return true;
    }

    /** The node said something new: its own state is shown again. */
    void reached(String node) {
        unreachable.remove(node);
    }

    /**
     * This node's link to the neighbour is up: the nodes shown unreachable through it, and the neighbour itself, are
     * shown as they said again. Returns them.
     */
    List<String> linkUp(String neighbour) {
        List<String> nodes = new ArrayList<>();
        unreachable.forEach((node, marked) -> {
            boolean through = marked.neighbour().equals(neighbour) || node.equals(neighbour);
            if (through && unreachable.remove(node, marked)) {
                nodes.add(node);
            }
        });
        return nodes;
    }

    /** The offline state shown for the node, or null while it is not shown unreachable. */
    byte[] offline(String node) {
        Unreachable marked = unreachable.get(node);
        return marked == null ? null : marked.offline();
    }

    private static String lastHop(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf(',') + 1);
    }

    private static boolean says(byte[] state, String field, String value) {
        try {
            JsonNode json = Json.parse(state);
            return json != null && value.equals(json.path(field).asText());
        } catch (Exception e) {
            return false;
        }
    }
}
