// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.List;
import java.util.Optional;

/** The topic tree of one node, as {@code docs/PROTOCOL.md} defines it. */
public final class Topics {

    public static final String SET = "$set";
    public static final String DISCOVER = "$discover";
    public static final String CMD = "$cmd";

    private final String prefix;
    private final String node;
    private final String nodeRoot;

    public Topics(String prefix, String node) {
        this.prefix = prefix;
        this.node = node;
        this.nodeRoot = prefix + "/" + node;
    }

    public String prefix() {
        return prefix;
    }

    public String node() {
        return node;
    }

    public String state() {
        return nodeRoot + "/$state";
    }

    public String nodeInfo() {
        return nodeRoot + "/$info";
    }

    public String errors() {
        return nodeRoot + "/$errors";
    }

    public String objectInfo(String object) {
        return nodeRoot + "/" + object + "/$info";
    }

    public String value(String object, String resource) {
        return nodeRoot + "/" + object + "/" + resource;
    }

    public String event(String object) {
        return nodeRoot + "/" + object + "/$event";
    }

    public String alarm(String object, String type) {
        return nodeRoot + "/" + object + "/$alarm/" + type;
    }

    /**
     * Every topic under the node that ends in {@code $set}, at any depth, and the prefix-level {@code $set}: the
     * resources' write topics and every misplaced one, received so that none goes unanswered. The {@code #} inside the
     * first filter is the broker's own syntax (its any-words wildcard may stand anywhere); an MQTT client could not
     * subscribe to it.
     */
    public List<String> setFilters() {
        return List.of(nodeRoot + "/#/" + SET, prefix + "/" + SET);
    }

    public String objectRoot(String object) {
        return nodeRoot + "/" + object;
    }

    /** Every topic under the node that ends in {@code $cmd}, at any depth: misplaced ones are answered too. */
    public List<String> cmdFilters() {
        return List.of(nodeRoot + "/#/" + CMD);
    }

    /** The object a {@code $cmd} topic names, if the topic is one of this node's. */
    public Optional<String> parseCmd(String topic) {
        String start = nodeRoot + "/";
        String end = "/" + CMD;
        if (!topic.startsWith(start) || !topic.endsWith(end) || topic.length() <= start.length() + end.length()) {
            return Optional.empty();
        }
        String object = topic.substring(start.length(), topic.length() - end.length());
        return object.contains("/") ? Optional.empty() : Optional.of(object);
    }

    public String broadcastDiscover() {
        return prefix + "/" + DISCOVER;
    }

    public String nodeDiscover() {
        return nodeRoot + "/" + DISCOVER;
    }

    /** The object and resource a {@code $set} topic names, if the topic is one of this node's. */
    public Optional<String[]> parseSet(String topic) {
        String start = nodeRoot + "/";
        String end = "/" + SET;
        if (!topic.startsWith(start) || !topic.endsWith(end) || topic.length() <= start.length() + end.length()) {
            return Optional.empty();
        }
        String[] parts =
                topic.substring(start.length(), topic.length() - end.length()).split("/", -1);
        return parts.length == 2 ? Optional.of(parts) : Optional.empty();
    }
}
