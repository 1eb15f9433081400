// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.model.Ids;

/**
 * What a topic of the bus is, by the topic tree of docs/PROTOCOL.md, and which node and object it names.
 *
 * @param node the node the topic belongs to (or a request is for; null for a broadcast); for a reply, the node the
 *     reply travels back to
 * @param object the object, or null for node-level topics
 */
public record TopicKind(Kind kind, String node, String object) {

    public enum Kind {
        VALUE,
        OBJECT_INFO,
        EVENT,
        NODE_STATE,
        REQUEST,
        REPLY,
        OTHER
    }

    private static final TopicKind OTHER = new TopicKind(Kind.OTHER, null, null);

    /** The reply topic a router puts on requests it sends: answers for {@code node} travel back over its link. */
    public static String replyTopic(String prefix, String node) {
        return prefix + "/$reply/" + node;
    }

    public static TopicKind of(String prefix, String topic) {
        if (!topic.startsWith(prefix + "/")) {
            return OTHER;
        }
        String[] l = topic.substring(prefix.length() + 1).split("/", -1);
        if (l.length == 1 && l[0].equals("$discover")) {
            return new TopicKind(Kind.REQUEST, null, null);
        }
        if (l.length == 2 && l[0].equals("$reply") && Ids.isValid(l[1])) {
            return new TopicKind(Kind.REPLY, l[1], null);
        }
        if (l.length < 2 || !Ids.isValid(l[0])) {
            return OTHER;
        }
        return l.length == 2 ? nodeLevel(l) : objectLevel(l);
    }

    private static TopicKind nodeLevel(String[] l) {
        return switch (l[1]) {
            case "$info", "$state" -> new TopicKind(Kind.NODE_STATE, l[0], null);
            case "$discover" -> new TopicKind(Kind.REQUEST, l[0], null);
            default -> OTHER;
        };
    }

    private static TopicKind objectLevel(String[] l) {
        if (!Ids.isValid(l[1])) {
            return OTHER;
        }
        String last = l[l.length - 1];
        if (l.length == 3) {
            if (last.equals("$info")) {
                return new TopicKind(Kind.OBJECT_INFO, l[0], l[1]);
            }
            if (last.equals("$event")) {
                return new TopicKind(Kind.EVENT, l[0], l[1]);
            }
            if (last.equals("$cmd")) {
                return new TopicKind(Kind.REQUEST, l[0], l[1]);
            }
            return Ids.isValid(last) ? new TopicKind(Kind.VALUE, l[0], l[1]) : OTHER;
        }
        if (l.length == 4 && last.equals("$set") && Ids.isValid(l[2])) {
            return new TopicKind(Kind.REQUEST, l[0], l[1]);
        }
        if (l.length == 4 && l[2].equals("$alarm") && Ids.isValid(last)) {
            return new TopicKind(Kind.EVENT, l[0], l[1]);
        }
        return OTHER;
    }

    /** Values, descriptors and node state: what makes up a node's current picture. */
    public boolean isState() {
        return kind == Kind.VALUE || kind == Kind.OBJECT_INFO || kind == Kind.NODE_STATE;
    }
}
