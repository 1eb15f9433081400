// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The shared store: a PostgreSQL database, made a TimescaleDB hypertable where the extension is installed. Several
 * nodes may record into one database; their rows carry their node.
 */
public final class PostgresHistoryStore extends JdbcHistoryStore {

    private PostgresHistoryStore(ConnectionSource connections) throws SQLException {
        super(connections, "(array_agg(%1$s ORDER BY %2$s DESC))[1]", false, SeriesTable.Dialect.POSTGRES);
    }

    public static PostgresHistoryStore open(String url, String user, String password) throws HistoryException {
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        // Batches of inserts go as one multi-row statement.
        properties.setProperty("reWriteBatchedInserts", "true");
        try {
            return new PostgresHistoryStore(() -> DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            throw new HistoryException("the history database " + url + " could not be reached", e);
        }
    }

    @Override
    protected void createIndexes(Statement ddl) throws SQLException {
        // Covering: the rows of a resource's day are scattered over as many heap pages as values (they come in time
        // order, interleaved with every other resource's); the index holds them side by side, so a query of the day
        // reads a page per ~100 values, from the index alone.
        ddl.execute("CREATE INDEX IF NOT EXISTS ob_history_series_id_ts ON " + TABLE
                + " (series, ts) INCLUDE (num, txt, quality)");
        ddl.execute("CREATE INDEX IF NOT EXISTS ob_history_agg_series_ts ON " + AGGREGATES
                + " (node, object, resource, ts) INCLUDE (mn, mx, sm, lst, cnt)");
        ddl.execute("DROP INDEX IF EXISTS ob_history_agg_resource_ts");
        if (timescaleAvailable(ddl)) {
            ddl.execute("SELECT create_hypertable('" + TABLE + "', 'ts', chunk_time_interval => 86400000,"
                    + " if_not_exists => TRUE, migrate_data => TRUE)");
        }
    }

    private static boolean timescaleAvailable(Statement ddl) throws SQLException {
        try (var rows = ddl.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'")) {
            if (!rows.next()) {
                return false;
            }
        }
        ddl.execute("CREATE EXTENSION IF NOT EXISTS timescaledb");
        return true;
    }
}
