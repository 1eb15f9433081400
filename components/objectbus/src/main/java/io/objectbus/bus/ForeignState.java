// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import io.objectbus.model.Ids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The current picture of other nodes as routers bring it: their node descriptors and {@code $state}, object
 * descriptors and last values, kept by topic so that local late joiners see remote nodes as retained messages would
 * show them, at the cost of one payload per value and no broker queue. Each entry keeps the path of nodes it came
 * through, so that a router never sends a node's picture back towards it.
 */
public final class ForeignState implements CurrentStateSource {

    /** A current message with the nodes it came through. */
    public interface Visitor {
        void accept(String topic, byte[] payload, String path);
    }

    /** A message of another node's picture, with the nodes it came through, origin first. */
    public record Current(String topic, byte[] payload, String path) {}

    private record Entry(byte[] payload, String path) {}

    private static final byte[] HIST = "\"hist\":true".getBytes(StandardCharsets.US_ASCII);

    private final Topics topics;
    private final String root;
    private final Map<String, Map<String, Entry>> byNode = new ConcurrentHashMap<>();
    private final Reachability reachability;

    /** @param linkedAndUp whether this node has a router link to that node, and it is up */
    ForeignState(Topics topics, Predicate<String> linkedAndUp) {
        this.topics = topics;
        this.root = topics.prefix() + "/";
        this.reachability = new Reachability(topics.node(), linkedAndUp);
    }

    /**
     * Another node's report that a node is unreachable ({@code $state}, reason {@code link down}): shown instead of
     * the node's own state if it counts ({@link Reachability#report}), else refused.
     *
     * @return whether the message is such a report and does not count here: it is not to be published
     */
    boolean refuses(String topic, byte[] payload, String path) {
        String node = stateOf(topic);
        if (node == null || !Reachability.isReport(payload)) {
            return false;
        }
        Entry held = byNode.getOrDefault(node, Map.of()).get(topic);
        return !reachability.report(node, payload, path, held == null ? null : held.path());
    }

    /** The node whose {@code $state} the topic is, or null. */
    private String stateOf(String topic) {
        String[] levels =
                topic.startsWith(root) ? topic.substring(root.length()).split("/", -1) : new String[0];
        boolean state = levels.length == 2 && levels[1].equals("$state") && Ids.isValid(levels[0]);
        return state && !levels[0].equals(topics.node()) ? levels[0] : null;
    }

    /**
     * Remembers a message of another node if it belongs to that node's current picture; an empty payload forgets the
     * topic (and a removed object's values). A node's {@code $state} of a new run (another {@code since}, online)
     * forgets the objects held from its previous run: it describes again those it still has. A replayed value older
     * than the one held is not kept. A node's own {@code $state} ends its being shown unreachable; a report that it is
     * unreachable ({@link #refuses}) leaves its own state held.
     *
     * @return whether the topic is part of a current picture
     */
    boolean accept(String topic, byte[] payload, String path) {
        if (!topic.startsWith(root)) {
            return false;
        }
        String[] levels = topic.substring(root.length()).split("/", -1);
        if (levels.length < 2 || levels.length > 3 || !Ids.isValid(levels[0]) || levels[0].equals(topics.node())) {
            return false;
        }
        boolean nodeLevel = levels.length == 2 && (levels[1].equals("$info") || levels[1].equals("$state"));
        boolean objectInfo = levels.length == 3 && Ids.isValid(levels[1]) && levels[2].equals("$info");
        boolean value = levels.length == 3 && Ids.isValid(levels[1]) && Ids.isValid(levels[2]);
        if (!nodeLevel && !objectInfo && !value) {
            return false;
        }
        if (levels[1].equals("$state") && Reachability.isReport(payload)) {
            return true;
        }
        Map<String, Entry> node = byNode.computeIfAbsent(levels[0], n -> new ConcurrentHashMap<>());
        if (levels[1].equals("$state")) {
            reachability.reached(levels[0]);
            Entry held = node.get(topic);
            if (NodeRuns.startsNewRun(held == null ? null : held.payload(), payload)) {
                // The node started again: it describes anew what it has now, and what it had before is gone.
                node.keySet().removeIf(this::isObjectTopic);
            }
        }
        if (payload.length == 0) {
            forget(node, topic, objectInfo ? topic.substring(0, topic.length() - "$info".length()) : null);
        } else if (!value || !olderReplay(node.get(topic), payload)) {
            node.put(topic, new Entry(payload, path));
        }
        return true;
    }

    /**
     * The object descriptors held from a node's previous run, when the message is that node's own {@code $state} of a
     * new run: {@link #accept} forgets them, and the node describes again those it still has.
     */
    List<String> previousRunObjects(String topic, byte[] payload) {
        String node = stateOf(topic);
        Map<String, Entry> held = node == null ? null : byNode.get(node);
        Entry state = held == null ? null : held.get(topic);
        if (state == null || Reachability.isReport(payload) || !NodeRuns.startsNewRun(state.payload(), payload)) {
            return List.of();
        }
        return held.keySet().stream()
                .filter(t -> t.endsWith("/$info") && isObjectTopic(t))
                .toList();
    }

    /** Whether a topic held of a node is one of its objects' (a descriptor or a value), not the node's own. */
    private boolean isObjectTopic(String topic) {
        return topic.substring(root.length()).split("/", -1).length == 3;
    }

    /**
     * The link to a neighbour went down: each node whose {@code $state} came last through it, and says online, is
     * shown offline with the reason {@code link down}.
     *
     * @return the offline {@code $state} of each node so marked, to publish
     */
    List<Current> linkDown(String neighbour, String since) {
        List<Current> marked = new ArrayList<>();
        byNode.forEach((node, entries) -> {
            String topic = root + node + "/$state";
            Entry state = entries.get(topic);
            if (state != null && reachability.linkDown(node, neighbour, state.payload(), state.path(), since)) {
                marked.add(new Current(topic, reachability.offline(node), state.path()));
            }
        });
        return marked;
    }

    /** The link to a neighbour is up again: the nodes shown unreachable through it get their own state back. */
    List<Current> linkUp(String neighbour) {
        List<Current> restored = new ArrayList<>();
        for (String node : reachability.linkUp(neighbour)) {
            String topic = root + node + "/$state";
            Entry state = byNode.getOrDefault(node, Map.of()).get(topic);
            if (state != null) {
                restored.add(new Current(topic, state.payload(), state.path()));
            }
        }
        return restored;
    }

    private static void forget(Map<String, Entry> node, String topic, String objectRoot) {
        node.remove(topic);
        if (objectRoot != null) {
            node.keySet().removeIf(t -> t.startsWith(objectRoot));
        }
    }

    /** A value replayed after an outage must not replace a newer one that came live meanwhile. */
    private static boolean olderReplay(Entry held, byte[] payload) {
        if (held == null || indexOf(payload, HIST) < 0) {
            return false;
        }
        String incoming = timestamp(payload);
        String current = timestamp(held.payload());
        return incoming != null && current != null && incoming.compareTo(current) < 0;
    }

    /** The {@code ts} of a value payload; ISO-8601 UTC with milliseconds compares as text. */
    private static String timestamp(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        int start = text.indexOf("\"ts\":\"");
        int end = start < 0 ? -1 : text.indexOf('"', start + 6);
        return end < 0 ? null : text.substring(start + 6, end);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every held message whose topic matches the MQTT filter, with its path. */
    public void forEach(String topicFilter, Visitor visitor) {
        TopicFilter filter = new TopicFilter(topicFilter);
        String[] prefix = topics.prefix().split("/");
        String[] nodeLevels = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        byNode.forEach((node, entries) -> {
            nodeLevels[prefix.length] = node;
            if (filter.mayMatchUnder(nodeLevels)) {
                byte[] offline = reachability.offline(node);
                entries.forEach((topic, entry) -> {
                    if (filter.matches(topic)) {
                        boolean shownOffline = offline != null && topic.endsWith("/$state");
                        visitor.accept(topic, shownOffline ? offline : entry.payload(), entry.path());
                    }
                });
            }
        });
    }

    @Override
    public void forEachMatching(String topicFilter, Sink sink) {
        forEach(topicFilter, (topic, payload, path) -> sink.accept(topic, payload));
    }

    /** How many held topics match the filter. */
    public int forEachCount(String topicFilter) {
        int[] count = new int[1];
        forEach(topicFilter, (topic, payload, path) -> count[0]++);
        return count[0];
    }

    /** The payload held for a topic, or null. */
    byte[] held(String topic) {
        int end = topic.indexOf('/', root.length());
        Map<String, Entry> node =
                !topic.startsWith(root) || end < 0 ? null : byNode.get(topic.substring(root.length(), end));
        Entry entry = node == null ? null : node.get(topic);
        return entry == null ? null : entry.payload();
    }

    /** How many topics are held. */
    public int size() {
        return byNode.values().stream().mapToInt(Map::size).sum();
    }
}
