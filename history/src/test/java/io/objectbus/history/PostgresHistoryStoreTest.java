// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared store, on a real PostgreSQL server of the distribution's packages started by the test. */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    private static PostgresServer postgres;
    private PostgresHistoryStore store;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        store = PostgresHistoryStore.open(postgres.jdbcUrl(), "postgres", "");
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + JdbcHistoryStore.TABLE + ", " + JdbcHistoryStore.AGGREGATES);
        }
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
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        store = PostgresHistoryStore.open(postgres.jdbcUrl(), "postgres", "");
    }

    @Override
    List<String> earlierIndexes() {
        return List.of("CREATE INDEX ob_history_series_ts ON ob_history (node, object, resource, ts)"
                + " INCLUDE (num, txt, quality)");
    }

    @Test
    void twoNodesRecordingIntoOneDatabaseShareTheSeriesTheyBothSee() throws Exception {
        try (PostgresHistoryStore other = PostgresHistoryStore.open(postgres.jdbcUrl(), "postgres", "")) {
            Thread first = new Thread(() -> appendQuietly(store, 0));
            first.start();
            appendQuietly(other, 1);
            first.join(30_000);
            assertThat(store.raw("node1", "room-1", "shared", T0, T0.plusSeconds(1000), 1000))
                    .hasSize(400);
            assertThat(other.raw("node1", "room-1", "shared", T0, T0.plusSeconds(1000), 1000))
                    .hasSize(400);
        }
    }

    /** 200 values of a series both nodes record, each one new to the database when it comes. */
    private static void appendQuietly(HistoryStore target, int parity) {
        try {
            for (int i = 0; i < 200; i++) {
                target.append(List.of(
                        sample("shared", 2 * i + parity, 1.0),
                        new Sample("node1", "room-1", "r" + i, T0, 1.0, null, "good")));
            }
        } catch (HistoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
