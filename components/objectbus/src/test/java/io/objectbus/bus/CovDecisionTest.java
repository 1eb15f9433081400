// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.CovPolicy;
import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CovDecisionTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFirstSampleIsAlwaysPublished() {
        assertThat(CovDecision.decide(policy("deadband=5"), null, Duration.ZERO, sample(1)))
                .isEqualTo(CovDecision.Verdict.PUBLISH);
    }

    @Test
    void theAbsoluteDeadbandIsExclusive() {
        CovPolicy policy = policy("deadband=0.5");
        assertThat(CovDecision.decide(policy, sample(20), Duration.ofSeconds(1), sample(20.5)))
                .isEqualTo(CovDecision.Verdict.SKIP);
        assertThat(CovDecision.decide(policy, sample(20), Duration.ofSeconds(1), sample(20.51)))
                .isEqualTo(CovDecision.Verdict.PUBLISH);
    }

    @Test
    void thePercentDeadbandScalesWithTheLastValue() {
        CovPolicy policy = policy("deadband-percent=10");
        assertThat(CovDecision.decide(policy, sample(200), Duration.ofSeconds(1), sample(219)))
                .isEqualTo(CovDecision.Verdict.SKIP);
        assertThat(CovDecision.decide(policy, sample(200), Duration.ofSeconds(1), sample(221)))
                .isEqualTo(CovDecision.Verdict.PUBLISH);
    }

    @Test
    void aChangeTooSoonIsDeferred() {
        CovPolicy policy = policy("min-interval=2s");
        assertThat(CovDecision.decide(policy, sample(1), Duration.ofMillis(500), sample(2)))
                .isEqualTo(CovDecision.Verdict.DEFER);
    }

    @Test
    void aQualityChangeCountsEvenWithinTheDeadband() {
        Sample stale = sample(20).withQuality(Quality.STALE, "silent");
        assertThat(CovDecision.decide(policy("deadband=5"), sample(20), Duration.ofSeconds(1), stale))
                .isEqualTo(CovDecision.Verdict.PUBLISH);
    }

    @Test
    void nonNumericValuesCountWhenTheyDiffer() {
        CovPolicy policy = policy("deadband=5");
        assertThat(CovDecision.changed(policy, Sample.good("eco", T), Sample.good("eco", T)))
                .isFalse();
        assertThat(CovDecision.changed(policy, Sample.good(true, T), Sample.good(false, T)))
                .isTrue();
    }

    @Test
    void policiesInheritUnsetFields() {
        CovPolicy own = new CovPolicy(1.0, null, null, null);
        CovPolicy merged = own.orElse(policy("deadband=9,min-interval=1s")).orElse(CovPolicy.DEFAULT);
        assertThat(merged).isEqualTo(new CovPolicy(1.0, 0.0, Duration.ofSeconds(1), Duration.ofMinutes(10)));
    }

    private static CovPolicy policy(String text) {
        return CovPolicy.parse(text).orElse(CovPolicy.DEFAULT);
    }

    private static Sample sample(double v) {
        return Sample.good(v, T);
    }
}
