// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

/**
 * Bounds on what one client may send, so that a hostile or broken one cannot take the node down; what exceeds them
 * is refused with a reason and the rest of the node goes on. 0 means no bound.
 *
 * @param maxTopicLength characters of a topic a client publishes to or subscribes to
 * @param maxTopicLevels levels of such a topic
 * @param maxConnectionsPerIdentity connections open at once under one user name (anonymous clients excluded)
 * @param maxPublishesPerSecond publications per second of one connection, averaged over a second
 * @param maxInflight QoS 1 and 2 publications one connection has sent and the broker not yet acknowledged: the
 *     Receive Maximum of MQTT 5 (1 to 65535)
 */
public record InputLimits(
        int maxTopicLength,
        int maxTopicLevels,
        int maxConnectionsPerIdentity,
        int maxPublishesPerSecond,
        int maxInflight) {

    /** Far above what a client that waits for its acknowledgements has in flight; Artemis announces 65535. */
    public static final int DEFAULT_MAX_INFLIGHT = 1024;

    public static InputLimits defaults() {
        return new InputLimits(16_384, 32, 32, 0, DEFAULT_MAX_INFLIGHT);
    }

    public InputLimits {
        if (maxTopicLength < 0 || maxTopicLevels < 0 || maxConnectionsPerIdentity < 0 || maxPublishesPerSecond < 0) {
            throw new IllegalArgumentException("input limits are 0 (none) or more");
        }
        if (maxInflight < 1 || maxInflight > 65_535) {
            throw new IllegalArgumentException("the inflight limit is 1 to 65535 (MQTT's Receive Maximum)");
        }
    }

    /** The limits with the default inflight bound. */
    public InputLimits(
            int maxTopicLength, int maxTopicLevels, int maxConnectionsPerIdentity, int maxPublishesPerSecond) {
        this(maxTopicLength, maxTopicLevels, maxConnectionsPerIdentity, maxPublishesPerSecond, DEFAULT_MAX_INFLIGHT);
    }

    /** Why the topic (with levels separated by {@code delimiter}) is beyond the limits, or null. */
    String refusesTopic(String topic, char delimiter) {
        if (maxTopicLength > 0 && topic.length() > maxTopicLength) {
            return "topic longer than " + maxTopicLength + " characters";
        }
        if (maxTopicLevels > 0) {
            int levels = 1;
            for (int i = 0; i < topic.length(); i++) {
                levels += topic.charAt(i) == delimiter ? 1 : 0;
            }
            if (levels > maxTopicLevels) {
                return "topic deeper than " + maxTopicLevels + " levels";
            }
        }
        return null;
    }
}
