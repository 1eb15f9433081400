// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store, in a DuckDB file; what it recorded is there after it is opened again. */
class DuckDbHistoryStoreTest extends HistoryStoreContract {

    @TempDir
    Path dir;

    private DuckDbHistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Override
    HistoryStore store() {
        return store;
    }

    @Test
    void compactionMovesClosedHoursOnlyAndQueriesAnswerAsBefore() throws Exception {
        List<Sample> twoHours = new ArrayList<>();
        for (int second = 0; second < 7200; second += 60) {
            twoHours.add(sample("t", second, (double) second));
            twoHours.add(new Sample("node1", "room-2", "t", T0.plusSeconds(second), -1.0, null, "good"));
        }
        twoHours.add(new Sample("node1", "room-1", "mode", T0.plusSeconds(30), null, "eco", "good"));
        store.append(twoHours);
        Instant end = T0.plus(Duration.ofHours(2));
        List<Sample> raw = store.raw("node1", "room-1", "t", T0, end, 1000);
        List<Aggregate> minutes = store.aggregate("node1", "room-1", "t", T0, end, Duration.ofMinutes(10));

        assertThat(store.compact(T0.plus(Duration.ofMinutes(119))))
                .as("the first hour is closed")
                .isEqualTo(121);
        assertThat(store.compact(T0.plus(Duration.ofMinutes(119))))
                .as("and moved once")
                .isZero();
        assertThat(store.raw("node1", "room-1", "t", T0, end, 1000)).isEqualTo(raw);
        assertThat(store.aggregate("node1", "room-1", "t", T0, end, Duration.ofMinutes(10)))
                .isEqualTo(minutes);
        assertThat(store.raw("node1", "room-1", "mode", T0, end, 10))
                .extracting(Sample::text)
                .containsExactly("eco");
        assertThat(store.count()).isEqualTo(twoHours.size());
    }

    @Test
    void aLateValueInAnHourAlreadyCompactedIsAnsweredAndMovedAtTheNextPass() throws Exception {
        store.append(List.of(sample("t", 0, 1.0), sample("t", 10, 2.0)));
        store.compact(T0.plus(Duration.ofHours(1)));
        store.append(List.of(sample("t", 5, 1.5)));
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number)
                .containsExactly(1.0, 1.5, 2.0);
        assertThat(store.compact(T0.plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number)
                .containsExactly(1.0, 1.5, 2.0);
    }

    @Test
    void valuesSurviveTheStoreBeingClosedAndOpenedAgain() throws Exception {
        store.append(List.of(sample("t", 0, 20.0)));
        store.close();
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
        assertThat(store.count()).isEqualTo(1);
    }
}
