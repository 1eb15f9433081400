// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.CovPolicy;
import io.objectbus.model.Sample;
import java.time.Duration;
import java.util.Objects;

/** Whether a new sample is worth publishing, under a resource's COV policy. */
final class CovDecision {

    enum Verdict {
        PUBLISH,
        /** Changed, but too soon after the last publication: publish when the minimum interval ends. */
        DEFER,
        SKIP
    }

    private CovDecision() {}

    /**
     * @param last the last published sample, or null
     * @param sinceLast time since that publication
     */
    static Verdict decide(CovPolicy policy, Sample last, Duration sinceLast, Sample next) {
        if (last == null) {
            return Verdict.PUBLISH;
        }
        if (!changed(policy, last, next)) {
            return Verdict.SKIP;
        }
        Duration min = policy.minInterval();
        return min != null && sinceLast.compareTo(min) < 0 ? Verdict.DEFER : Verdict.PUBLISH;
    }

    /** A quality change always counts; a number counts when it moves beyond the deadband. */
    static boolean changed(CovPolicy policy, Sample last, Sample next) {
        if (last.quality() != next.quality()) {
            return true;
        }
        if (last.value() instanceof Number a && next.value() instanceof Number b) {
            return beyondDeadband(policy, a.doubleValue(), b.doubleValue());
        }
        return !Objects.equals(last.value(), next.value());
    }

    private static boolean beyondDeadband(CovPolicy policy, double last, double next) {
        double delta = Math.abs(next - last);
        if (delta == 0 || Double.isNaN(delta)) {
            return Double.isNaN(delta) && !(Double.isNaN(last) && Double.isNaN(next));
        }
        double absolute = policy.deadband() == null ? 0 : policy.deadband();
        double percent = policy.deadbandPercent() == null ? 0 : policy.deadbandPercent();
        double band = Math.max(absolute, Math.abs(last) * percent / 100.0);
        return delta > band;
    }
}
