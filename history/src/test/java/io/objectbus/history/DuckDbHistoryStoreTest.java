// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Override
    void reopenAfter(List<String> statements) throws Exception {
        store.close();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("history.duckdb"));
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
    }

    @Test
    void compactedValuesOfAStoreThatKeptQualityAsTextAnswerWithTheirQuality() throws Exception {
        reopenAfter(List.of(
                "DROP TABLE " + CompactedTable.NAME,
                "CREATE TABLE " + CompactedTable.NAME + " (series BIGINT NOT NULL, hour BIGINT NOT NULL,"
                        + " line BIGINT NOT NULL, num DOUBLE PRECISION, txt VARCHAR, quality VARCHAR NOT NULL)",
                "INSERT INTO " + SeriesTable.NAME + " VALUES (7, 'node1', 'room-1', 't')",
                "INSERT INTO " + CompactedTable.NAME + " VALUES (7, " + T0.toEpochMilli() + ", "
                        + CompactedTable.onTimeLine(T0.toEpochMilli(), 7) + ", 20.5, NULL, 'STALE')"));
        store.append(List.of(sample("t", 10, 21.0)));
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number, Sample::quality)
                .containsExactly(tuple(20.5, "stale"), tuple(21.0, "good"));
        assertThat(store.compact(T0.plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number, Sample::quality)
                .containsExactly(tuple(20.5, "stale"), tuple(21.0, "good"));
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
    void aSiteOfMoreThanAThousandResourcesIsCompacted() throws Exception {
        List<Sample> values = new ArrayList<>();
        for (int room = 0; room < 1200; room++) {
            values.add(new Sample("node1", "room-" + room, "t", T0.plusSeconds(room), (double) room, null, "good"));
        }
        store.append(values);
        assertThat(store.compact(T0.plus(Duration.ofHours(1)))).isEqualTo(1200);
        assertThat(store.raw("node1", "room-1199", "t", T0, T0.plus(Duration.ofHours(1)), 10))
                .extracting(Sample::number)
                .containsExactly(1199.0);
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
    void compactedValuesTakeLessDiskThanInTimeOrder() throws Exception {
        for (int second = 0; second < 3600; second += 50) {
            List<Sample> batch = new ArrayList<>();
            for (int s = second; s < second + 50; s++) {
                for (int room = 0; room < 100; room++) {
                    double wave = 21 + 2 * Math.sin((s + room * 97) * Math.PI / 43200);
                    batch.add(new Sample(
                            "node1",
                            "room-" + room,
                            "t",
                            T0.plusSeconds(s),
                            Math.round(wave * 10) / 10.0,
                            null,
                            "good"));
                }
            }
            store.append(batch);
        }
        long inTimeOrder = bytesInUse();
        store.compact(T0.plus(Duration.ofHours(1)));
        assertThat(bytesInUse()).isLessThan(inTimeOrder);
    }

    @Test
    void aStoreCompactedBeforeTheTimeLineAnswersAndCompactsItsValuesAnew() throws Exception {
        store.close();
        Path old = dir.resolve("old.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + old);
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE ob_series (id BIGINT NOT NULL, node VARCHAR NOT NULL, object VARCHAR NOT NULL,"
                    + " resource VARCHAR NOT NULL)");
            sql.execute("CREATE TABLE ob_history_sorted (series BIGINT NOT NULL, node VARCHAR NOT NULL,"
                    + " object VARCHAR NOT NULL, resource VARCHAR NOT NULL, ts BIGINT NOT NULL, num DOUBLE PRECISION,"
                    + " txt VARCHAR, quality VARCHAR NOT NULL)");
            sql.execute("INSERT INTO ob_series VALUES (1, 'node1', 'room-1', 't')");
            sql.execute("INSERT INTO ob_history_sorted VALUES (1, 'node1', 'room-1', 't', " + T0.toEpochMilli()
                    + ", 20.5, NULL, 'good')");
        }
        store = DuckDbHistoryStore.open(old);
        store.append(List.of(sample("t", 10, 21.0)));
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number)
                .containsExactly(20.5, 21.0);
        assertThat(store.compact(T0.plus(Duration.ofHours(1)))).isEqualTo(2);
        assertThat(store.raw("node1", "room-1", "t", T0, T0.plusSeconds(60), 10))
                .extracting(Sample::number)
                .containsExactly(20.5, 21.0);
    }

    /** The blocks the store's file uses after its checkpoint (the store closed, then opened again). */
    private long bytesInUse() throws Exception {
        store.close();
        long bytes;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("history.duckdb"));
                Statement query = connection.createStatement();
                ResultSet size = query.executeQuery(
                        "SELECT (total_blocks - free_blocks) * block_size FROM pragma_database_size()")) {
            size.next();
            bytes = size.getLong(1);
        }
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
        return bytes;
    }

    @Test
    void valuesSurviveTheStoreBeingClosedAndOpenedAgain() throws Exception {
        store.append(List.of(sample("t", 0, 20.0)));
        store.close();
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
        assertThat(store.count()).isEqualTo(1);
    }
}
