// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 16-level command prioritization of a commandable property (clause 19.2): the present value is the value of
 * the highest priority (lowest number) that is not NULL, else the relinquish default.
 */
public final class PriorityArray {
    private final BacnetValue[] slots = new BacnetValue[16];
    private BacnetValue relinquishDefault;

    public PriorityArray(BacnetValue relinquishDefault) {
        this.relinquishDefault = relinquishDefault;
    }

    /** Commands {@code value} at {@code priority} 1..16; NULL relinquishes the level. */
    public synchronized void set(int priority, BacnetValue value) {
        checkPriority(priority);
        slots[priority - 1] = value instanceof NullValue ? null : value;
    }

    /** Relinquishes every level, as a device that does not keep its priority arrays across a restart does. */
    public synchronized void clear() {
        Arrays.fill(slots, null);
    }

    public synchronized void relinquish(int priority) {
        checkPriority(priority);
        slots[priority - 1] = null;
    }

    /** The effective value: the highest non-NULL priority, else the relinquish default. */
    public synchronized BacnetValue effective() {
        for (BacnetValue slot : slots) {
            if (slot != null) {
                return slot;
            }
        }
        return relinquishDefault;
    }

    /** The priority in control, or 0 when the relinquish default applies. */
    public synchronized int activePriority() {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                return i + 1;
            }
        }
        return 0;
    }

    public synchronized BacnetValue relinquishDefault() {
        return relinquishDefault;
    }

    public synchronized void setRelinquishDefault(BacnetValue value) {
        relinquishDefault = value;
    }

    /** The 16 slots as the priority-array property reads them, NULL for empty levels. */
    public synchronized List<BacnetValue> slots() {
        List<BacnetValue> values = new ArrayList<>(16);
        for (BacnetValue slot : slots) {
            values.add(slot == null ? NullValue.INSTANCE : slot);
        }
        return values;
    }

    private static void checkPriority(int priority) {
        if (priority < 1 || priority > 16) {
            throw PropertyException.valueOutOfRange();
        }
    }
}
