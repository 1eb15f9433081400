// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The shared store, on a real PostgreSQL server started by the test on a free loopback port. */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    private static EmbeddedPostgres postgres;
    private PostgresHistoryStore store;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(0).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void open() throws Exception {
        store = PostgresHistoryStore.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        try (var statement = postgres.getPostgresDatabase().getConnection().createStatement()) {
            statement.execute("TRUNCATE " + JdbcHistoryStore.TABLE);
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
