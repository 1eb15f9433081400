// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.Locale;

/**
 * When a new value of a resource is published: when it moved by more than the deadband (absolute, or percent of the
 * last published value), never sooner than {@code minInterval} after the previous publication, and at the latest
 * {@code maxInterval} after it (a heartbeat). Null fields inherit from the next, broader policy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CovPolicy(Double deadband, Double deadbandPercent, Duration minInterval, Duration maxInterval) {

    public static final CovPolicy NONE = new CovPolicy(null, null, null, null);

    /** Every change is published at once, and an unchanged value every ten minutes. */
    public static final CovPolicy DEFAULT = new CovPolicy(0.0, 0.0, Duration.ZERO, Duration.ofMinutes(10));

    /** This policy with its unset fields taken from {@code broader}. */
    public CovPolicy orElse(CovPolicy broader) {
        if (broader == null) {
            return this;
        }
        return new CovPolicy(
                deadband != null ? deadband : broader.deadband,
                deadbandPercent != null ? deadbandPercent : broader.deadbandPercent,
                minInterval != null ? minInterval : broader.minInterval,
                maxInterval != null ? maxInterval : broader.maxInterval);
    }

    /**
     * Parses {@code deadband=0.2,deadband-percent=1,min-interval=1s,max-interval=5m}; durations take ms, s, m or h.
     */
    public static CovPolicy parse(String text) {
        CovPolicy policy = NONE;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value in COV policy: " + part);
            }
            policy = policy.with(kv[0].trim().toLowerCase(Locale.ROOT).replace("-", ""), kv[1].trim());
        }
        return policy;
    }

    private CovPolicy with(String key, String value) {
        return switch (key) {
            case "deadband" -> new CovPolicy(Double.valueOf(value), deadbandPercent, minInterval, maxInterval);
            case "deadbandpercent" -> new CovPolicy(deadband, Double.valueOf(value), minInterval, maxInterval);
            case "mininterval", "min" -> new CovPolicy(deadband, deadbandPercent, durationOf(value), maxInterval);
            case "maxinterval", "max" -> new CovPolicy(deadband, deadbandPercent, minInterval, durationOf(value));
            default -> throw new IllegalArgumentException("unknown COV policy key: " + key);
        };
    }

    static Duration durationOf(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(Long.parseLong(t));
        };
    }
}
