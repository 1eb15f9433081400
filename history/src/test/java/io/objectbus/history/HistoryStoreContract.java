// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every store does alike: record batches, answer raw and interval queries, forget old values. */
abstract class HistoryStoreContract {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    abstract HistoryStore store();

    static Sample sample(String resource, int secondsAfter, Double number) {
        return new Sample("node1", "room-1", resource, T0.plusSeconds(secondsAfter), number, null, "good");
    }

    @Test
    void recordedValuesComeBackInTimeOrderWithinTheRange() throws Exception {
        store().append(List.of(
                sample("t", 20, 21.0), sample("t", 0, 20.0), sample("t", 10, 20.5), sample("h", 5, 40.0)));
        store().append(List.of(new Sample("node1", "room-1", "mode", T0.plusSeconds(3), null, "eco", "stale")));
        assertThat(store().raw("node1", "room-1", "t", T0, T0.plusSeconds(20), 100))
                .extracting(Sample::number)
                .containsExactly(20.0, 20.5);
        assertThat(store().raw("node1", "room-1", "mode", T0, T0.plusSeconds(60), 100))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("eco");
                    assertThat(s.number()).isNull();
                    assertThat(s.quality()).isEqualTo("stale");
                });
        assertThat(store().raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 1))
                .hasSize(1);
    }

    @Test
    void intervalsGiveMinMaxAverageLastAndCount() throws Exception {
        List<Sample> day = new ArrayList<>();
        for (int minute = 0; minute < 120; minute++) {
            day.add(sample("t", minute * 60, (double) minute));
        }
        store().append(day);
        List<Aggregate> hours =
                store().aggregate("node1", "room-1", "t", T0, T0.plus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(hours).hasSize(2);
        assertThat(hours.get(0)).isEqualTo(new Aggregate(T0, 0, 59, 29.5, 59, 60));
        assertThat(hours.get(1).start()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(hours.get(1).last()).isEqualTo(119.0);
    }

    @Test
    void retentionDeletesOnlyTheMatchingResourcesOlderValues() throws Exception {
        store().append(List.of(sample("co2", 0, 400.0), sample("co2", 100, 410.0), sample("t", 0, 20.0)));
        assertThat(store().deleteBefore("co*", T0.plusSeconds(50))).isEqualTo(1);
        assertThat(store().count()).isEqualTo(2);
        assertThat(store().deleteBefore("c_2", T0.plusSeconds(500)))
                .as("_ is literal")
                .isZero();
    }
}
