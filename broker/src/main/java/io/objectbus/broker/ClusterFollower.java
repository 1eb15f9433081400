// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

/** What a member's bus learns from the cluster: the other members' publications, and the members it loses. */
public interface ClusterFollower {

    /** A publication of another member's bus, or a message of its current picture; {@code member} is its broker id. */
    void accept(String member, String topic, byte[] payload);

    /** The cluster lost the member (it stopped, died or cannot be reached): what came from it is no longer current. */
    default void memberLeft(String member) {}

    /**
     * A member the cluster had lost is reached again, as it was (a silence ended, a network healed): what came from it
     * is current again until it says otherwise; its picture follows.
     */
    default void memberBack(String member) {}

    /** Whether the topic is of a node whose picture came from another member: that member sends it to a joiner. */
    default boolean isFromAnotherMember(String topic) {
        return false;
    }
}
