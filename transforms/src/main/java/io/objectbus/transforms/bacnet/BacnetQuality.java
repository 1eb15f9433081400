// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.model.Quality;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality from status-flags (clause 12.2.9: in-alarm, fault, overridden, out-of-service) and reliability (clause
 * 12.2.10): a fault makes a value bad, the three other flags uncertain; the reason names the flags that are set,
 * and the reliability where it says more than "fault".
 */
public final class BacnetQuality {
    /** The quality of a value and why, null reason when good. */
    public record Verdict(Quality quality, String reason) {
        public static final Verdict GOOD = new Verdict(Quality.GOOD, null);
    }

    private static final String[] FLAGS = {"in-alarm", "fault", "overridden", "out-of-service"};

    /** BACnetReliability values 0..12 (clause 21); value 11 is not assigned. */
    private static final String[] RELIABILITY = {
        "no-fault-detected",
        "no-sensor",
        "over-range",
        "under-range",
        "open-loop",
        "shorted-loop",
        "no-output",
        "unreliable-other",
        "process-error",
        "multi-state-fault",
        "configuration-error",
        null,
        "communication-failure"
    };

    private BacnetQuality() {}

    /**
     * @param statusFlags a list of four booleans as read, or null when the device did not give them
     * @param reliability a number as read, or null
     */
    public static Verdict of(Object statusFlags, Object reliability) {
        List<String> reasons = new ArrayList<>();
        boolean fault = false;
        if (statusFlags instanceof List<?> flags) {
            for (int i = 0; i < Math.min(flags.size(), FLAGS.length); i++) {
                if (Boolean.TRUE.equals(flags.get(i))) {
                    reasons.add(i == 1 ? faultReason(reliability) : FLAGS[i]);
                    fault |= i == 1;
                }
            }
        }
        if (reasons.isEmpty()) {
            return Verdict.GOOD;
        }
        return new Verdict(fault ? Quality.BAD : Quality.UNCERTAIN, String.join(", ", reasons));
    }

    private static String faultReason(Object reliability) {
        if (reliability instanceof Number n && n.intValue() > 0) {
            return "fault (" + reliabilityName(n.intValue()) + ")";
        }
        return "fault";
    }

    public static String reliabilityName(int value) {
        return value >= 0 && value < RELIABILITY.length && RELIABILITY[value] != null
                ? RELIABILITY[value]
                : "reliability-" + value;
    }
}
