// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A BACnet-style command priority array (ASHRAE 135 clause 19.2): 16 levels, 1 the highest. The effective value is
 * the highest-priority non-null entry, else the relinquish default. Entries may carry an owner and an expiry.
 */
public final class PriorityArray {

    public static final int LEVELS = 16;

    /** The entry at one level. */
    public record Entry(Object value, String owner, Instant expiresAt) {}

    /** The effective value and the level it comes from (0 for the relinquish default). */
    public record Effective(Object value, int priority) {}

    /** What one write did at its level: the entry before and the one it put there (null for none). */
    public record Change(int priority, Entry before, Entry after) {}

    private final Entry[] entries = new Entry[LEVELS];
    private final Object relinquishDefault;

    public PriorityArray(Object relinquishDefault) {
        this.relinquishDefault = relinquishDefault;
    }

    /** Writes a level; a null value relinquishes it. */
    public synchronized Change write(int priority, Object value, String owner, Instant expiresAt) {
        checkPriority(priority);
        Entry before = entries[priority - 1];
        Entry after = value == null ? null : new Entry(value, owner, expiresAt);
        entries[priority - 1] = after;
        return new Change(priority, before, after);
    }

    /**
     * Undoes a write, e.g. one the device refused: its level gets back the entry it had before, unless a later
     * write changed the level again (then that one stands). True when it was undone.
     */
    public synchronized boolean undo(Change change) {
        if (entries[change.priority() - 1] != change.after()) {
            return false;
        }
        entries[change.priority() - 1] = change.before();
        return true;
    }

    /** The entry at a level, null when it is empty (and for 0, the relinquish default). */
    public synchronized Entry entry(int priority) {
        return priority < 1 || priority > LEVELS ? null : entries[priority - 1];
    }

    public synchronized Effective effective() {
        for (int i = 0; i < LEVELS; i++) {
            if (entries[i] != null) {
                return new Effective(entries[i].value(), i + 1);
            }
        }
        return new Effective(relinquishDefault, 0);
    }

    /** Relinquishes every level whose expiry has passed; true if any did. */
    public synchronized boolean expire(Instant now) {
        boolean changed = false;
        for (int i = 0; i < LEVELS; i++) {
            Entry entry = entries[i];
            if (entry != null && entry.expiresAt() != null && !entry.expiresAt().isAfter(now)) {
                entries[i] = null;
                changed = true;
            }
        }
        return changed;
    }

    /** The levels as a list of 16 (null or {@code {v, owner, expires}}), for the object's description. */
    public synchronized List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> levels = new ArrayList<>(LEVELS);
        for (Entry entry : entries) {
            levels.add(entry == null ? null : describe(entry));
        }
        return levels;
    }

    private static Map<String, Object> describe(Entry entry) {
        Map<String, Object> level = new java.util.LinkedHashMap<>();
        level.put("v", entry.value());
        if (entry.owner() != null) {
            level.put("owner", entry.owner());
        }
        if (entry.expiresAt() != null) {
            level.put("expires", Json.timestamp(entry.expiresAt()));
        }
        return level;
    }

    public static void checkPriority(int priority) {
        if (priority < 1 || priority > LEVELS) {
            throw new IllegalArgumentException("priority must be 1 to 16, got " + priority);
        }
    }
}
