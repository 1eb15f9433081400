// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

/**
 * A member's part in a live/backup pair of Artemis replication: the primary copies its journal to its backup as it
 * writes it; the backup takes over, listeners and all, when the primary dies.
 *
 * @param role none (no pair), primary, or backup
 * @param group pairs a backup with its primary: the backup replicates only a primary of the same group
 * @param vote whether a primary that loses its backup asks the cluster's other primaries whether to go on (a quorum
 *     vote; it needs three primaries or more), rather than going on alone
 * @param networkCheck addresses (comma-separated) that a member must reach to stay up or take over; none when blank
 */
public record HighAvailability(Role role, String group, boolean vote, String networkCheck) {

    /** What a member is in its pair. */
    public enum Role {
        NONE,
        PRIMARY,
        BACKUP
    }

    public static HighAvailability none() {
        return new HighAvailability(Role.NONE, "", false, "");
    }

    public boolean enabled() {
        return role != Role.NONE;
    }
}
