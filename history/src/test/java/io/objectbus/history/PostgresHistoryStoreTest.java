// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

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
}
