// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every store does alike: record batches, answer raw and interval queries, forget old values. */
abstract class HistoryStoreContract {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    abstract HistoryStore store();

    /** Closes the store, runs SQL on its database (as an earlier version left it), and opens the store again. */
    abstract void reopenAfter(List<String> statements) throws Exception;

    /** What else an earlier version of this store had beside its tables (PostgreSQL: its index on the names). */
    List<String> earlierIndexes() {
        return List.of();
    }

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
        assertThat(store().deleteBefore(ResourceMatch.of("co*"), T0.plusSeconds(50)))
                .isEqualTo(1);
        assertThat(store().count()).isEqualTo(2);
        assertThat(store().deleteBefore(ResourceMatch.of("c_2"), T0.plusSeconds(500)))
                .as("_ is literal")
                .isZero();
    }

    @Test
    void downsampledValuesAreReadAsTheirIntervalsAggregatesWhereTheRawValuesAreGone() throws Exception {
        List<Sample> twoHours = new ArrayList<>();
        for (int second = 0; second < 7200; second += 10) {
            twoHours.add(sample("t", second, (double) second));
        }
        store().append(twoHours);
        long replaced =
                store().downsample(ResourceMatch.of("t"), T0.plus(Duration.ofMinutes(70)), Duration.ofMinutes(30));
        assertThat(replaced).as("the first hour: whole half hours only").isEqualTo(360);
        assertThat(store().count()).isEqualTo(360);
        List<Aggregate> hours =
                store().aggregate("node1", "room-1", "t", T0, T0.plus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(hours)
                .as("the same answer as before downsampling")
                .containsExactly(
                        new Aggregate(T0, 0, 3590, 1795, 3590, 360),
                        new Aggregate(T0.plus(Duration.ofHours(1)), 3600, 7190, 5395, 7190, 360));
        assertThat(store().raw("node1", "room-1", "t", T0, T0.plus(Duration.ofMinutes(61)), 100))
                .extracting(Sample::time, Sample::number, Sample::quality)
                .as("beyond the raw range, a point per interval: its average")
                .startsWith(
                        tuple(T0, 895.0, HistoryStore.DOWNSAMPLED),
                        tuple(T0.plus(Duration.ofMinutes(30)), 2695.0, HistoryStore.DOWNSAMPLED),
                        tuple(T0.plus(Duration.ofMinutes(60)), 3600.0, "good"))
                .hasSize(8);
    }

    @Test
    void maintenanceDownsamplesAndForgetsByTheFirstRuleThatMatchesEachResource() throws Exception {
        store().append(List.of(
                sample("co2", 0, 400.0), sample("co2", 60, 420.0), sample("t", 0, 20.0), sample("t", 60, 22.0)));
        Clock tenDaysLater = Clock.fixed(T0.plus(Duration.ofDays(10)), ZoneOffset.UTC);
        Map<String, HistoryMaintenance.Downsampling> downsampling = new LinkedHashMap<>();
        downsampling.put("co2", new HistoryMaintenance.Downsampling(Duration.ofDays(1), Duration.ofHours(1)));
        downsampling.put("*", new HistoryMaintenance.Downsampling(Duration.ofDays(30), Duration.ofHours(1)));
        Map<String, Duration> retention = new LinkedHashMap<>();
        retention.put("t", Duration.ofDays(365));
        retention.put("*", Duration.ofDays(5));
        new HistoryMaintenance(store(), downsampling, retention, tenDaysLater).run();
        assertThat(store().raw("node1", "room-1", "co2", T0, T0.plus(Duration.ofDays(1)), 10))
                .as("co2: downsampled, then deleted by * after 5 days")
                .isEmpty();
        assertThat(store().raw("node1", "room-1", "t", T0, T0.plus(Duration.ofDays(1)), 10))
                .as("t: raw for 30 days, kept for 365 though * says 5")
                .extracting(Sample::number)
                .containsExactly(20.0, 22.0);
    }

    @Test
    void aLaterDownsamplingPassSeesTheValuesRecordedSinceTheLastOne() throws Exception {
        Instant now = T0.plus(Duration.ofDays(2));
        store().append(List.of(sample("t", 0, 1.0)));
        assertThat(store().downsample(ResourceMatch.of("*"), now, Duration.ofMinutes(1)))
                .isEqualTo(1);
        store().append(List.of(sample("t", 600, 2.0)));
        assertThat(store().downsample(ResourceMatch.of("*"), now, Duration.ofMinutes(1)))
                .isEqualTo(1);
    }

    @Test
    void valuesRecordedWhileDownsamplingRunsAreAllKept() throws Exception {
        List<Sample> old = new ArrayList<>();
        for (int second = 0; second < 3 * 86_400; second += 30) {
            old.add(sample("t", second, 1.0));
        }
        store().append(old);
        Instant now = T0.plus(Duration.ofDays(4));
        Thread recording = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                try {
                    store().append(List.of(new Sample("node1", "room-1", "t", now.plusSeconds(i), 2.0, null, "good")));
                } catch (HistoryException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        recording.start();
        store().downsample(ResourceMatch.of("*"), now, Duration.ofMinutes(5));
        recording.join(30_000);
        assertThat(store().aggregate("node1", "room-1", "t", T0, now.plusSeconds(60), Duration.ofDays(1)).stream()
                        .mapToLong(Aggregate::count)
                        .sum())
                .isEqualTo(old.size() + 50);
        assertThat(store().count()).isEqualTo(50);
    }

    @Test
    void aStoreWrittenWithNamesOnEveryRowIsMovedToSeriesWhenOpenedAndAnswersAsBefore() throws Exception {
        List<String> earlier = new ArrayList<>(List.of(
                "DROP TABLE " + JdbcHistoryStore.TABLE,
                "DROP TABLE " + SeriesTable.NAME,
                "CREATE TABLE ob_history (node VARCHAR NOT NULL, object VARCHAR NOT NULL, resource VARCHAR NOT NULL,"
                        + " ts BIGINT NOT NULL, num DOUBLE PRECISION, txt VARCHAR, quality VARCHAR NOT NULL)",
                // As the recorder wrote them: the quality's enum name.
                "INSERT INTO ob_history VALUES ('node1', 'room-1', 't', " + millis(0) + ", 20.0, NULL, 'GOOD'),"
                        + " ('node1', 'room-1', 't', " + millis(60) + ", 22.0, NULL, 'UNCERTAIN'),"
                        + " ('node1', 'room-1', 'mode', " + millis(30) + ", NULL, 'eco', 'STALE'),"
                        + " ('node1', 'room-2', 't', " + millis(0) + ", 19.0, NULL, 'BAD')"));
        earlier.addAll(earlierIndexes());
        reopenAfter(earlier);

        store().append(List.of(sample("t", 120, 24.0), sample("h", 0, 40.0)));
        Instant hour = T0.plus(Duration.ofHours(1));
        assertThat(store().raw("node1", "room-1", "t", T0, hour, 10))
                .extracting(Sample::number, Sample::quality)
                .containsExactly(tuple(20.0, "good"), tuple(22.0, "uncertain"), tuple(24.0, "good"));
        assertThat(store().raw("node1", "room-1", "mode", T0, hour, 10))
                .extracting(Sample::text, Sample::quality)
                .containsExactly(tuple("eco", "stale"));
        assertThat(store().raw("node1", "room-2", "t", T0, hour, 10))
                .extracting(Sample::number, Sample::quality)
                .containsExactly(tuple(19.0, "bad"));
        assertThat(store().aggregate("node1", "room-1", "t", T0, hour, Duration.ofHours(1)))
                .containsExactly(new Aggregate(T0, 20, 24, 22, 24, 3));
        assertThat(store().count()).isEqualTo(6);
        assertThat(store().deleteBefore(ResourceMatch.of("mode"), hour)).isEqualTo(1);
    }

    private static long millis(int secondsAfter) {
        return T0.plusSeconds(secondsAfter).toEpochMilli();
    }
}
