// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.analog;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.Quality;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalogHelpersTest {

    @Test
    void a4to20mASignalScalesLinearlyOntoItsEngineeringRange() {
        LinearScale level = LinearScale.milliamps4to20(0, 250, false);
        assertThat(level.apply(4).value()).isEqualTo(0.0);
        assertThat(level.apply(12).value()).isEqualTo(125.0);
        assertThat(level.apply(20).value()).isEqualTo(250.0);
        assertThat(level.invert(125)).isEqualTo(12.0);
    }

    /** NAMUR NE 43: a loop current well below 4 mA is a fault (a broken wire reads 0), not a low level. */
    @Test
    void aSignalOutsideItsRangeIsBadOrClampedAndUncertain() {
        Reading broken = LinearScale.milliamps4to20(0, 250, false).apply(0.0);
        assertThat(broken.quality()).isEqualTo(Quality.BAD);
        assertThat(broken.value()).isNull();
        assertThat(broken.reason()).contains("outside its range [4.0, 20.0]");
        Reading clamped = LinearScale.volts0to10(-20, 80, true).apply(10.4);
        assertThat(clamped.quality()).isEqualTo(Quality.UNCERTAIN);
        assertThat(clamped.value()).isEqualTo(80.0);
    }

    @Test
    void aThresholdWithHysteresisDoesNotFlapBetweenItsLimits() {
        Threshold high = new Threshold(80, 75);
        assertThat(high.apply(70)).isFalse();
        assertThat(high.apply(78)).isFalse();
        assertThat(high.apply(80)).isTrue();
        assertThat(high.apply(77)).isTrue();
        assertThat(high.apply(75)).isFalse();
        Threshold low = new Threshold(10, 15);
        assertThat(low.apply(9)).isTrue();
        assertThat(low.apply(12)).isTrue();
        assertThat(low.apply(15)).isFalse();
    }

    @Test
    void aCounterGivesARatePerUnitAndCountsOnAcrossItsRollover() {
        CounterRate pulses = new CounterRate(65536, Duration.ofMinutes(1));
        Instant t0 = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(pulses.apply(65000, t0).quality()).isEqualTo(Quality.UNCERTAIN);
        assertThat(pulses.apply(65500, t0.plusSeconds(30)).value()).isEqualTo(1000.0);
        // 65500 -> 64 across the wrap at 65536: 100 pulses in 30 s
        assertThat(pulses.apply(64, t0.plusSeconds(60)).value()).isEqualTo(200.0);
    }

    @Test
    void aCounterThatGoesBackWithoutRolloverGivesNoRateThatOnce() {
        CounterRate energy = new CounterRate(0, Duration.ofHours(1));
        Instant t0 = Instant.parse("2026-12-04T10:00:00Z");
        energy.apply(500, t0);
        Reading reset = energy.apply(3, t0.plusSeconds(60));
        assertThat(reset.quality()).isEqualTo(Quality.UNCERTAIN);
        assertThat(reset.reason()).contains("went back from 500 to 3");
        assertThat(energy.apply(13, t0.plusSeconds(120)).value()).isEqualTo(600.0);
    }
}
