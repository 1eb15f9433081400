// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The embedded store's compaction. The recorder appends in time order, so a row group of an hour holds every
 * resource's values of a few seconds, and a query of one resource's day read every row of the day. Compaction moves
 * closed hours, an hour at a time, into a second table ordered by series (an integer per node, object and resource)
 * then time ({@link CompactedTable}): there a resource's hour is one or two row groups, and DuckDB's zone maps on
 * {@code series} and its time line skip all the others. Each hour is one transaction (its rows in, sorted; out of the
 * recorder's table), so recording and queries go on between; a row recorded meanwhile into a hour already moved (a
 * router's late replay) stays in the recorder's table until the next pass.
 */
final class Compactor {

    /** The table compaction filled before its time column became the series' time line (its rows have names). */
    private static final String NAMED = "ob_history_sorted";

    private static final long HOUR = CompactedTable.HOUR;

    private final Connection connection;

    /** @param connection the maintenance connection, without auto-commit */
    Compactor(Connection connection) {
        this.connection = connection;
    }

    static void createTables(Statement ddl) throws SQLException {
        ddl.execute(CompactedTable.create());
        if (RecorderTable.hasColumnOfType(ddl, CompactedTable.NAME, "quality", "VARCHAR")) {
            // Compacted by a version that kept the quality's name: its code from now on, in one statement.
            ddl.execute("ALTER TABLE " + CompactedTable.NAME + " ALTER COLUMN quality TYPE SMALLINT USING "
                    + QualityCode.fromName("quality"));
        }
        returnNamedRows(ddl);
    }

    /**
     * The rows of a store compacted when each row kept its node, object and resource and its time as such (5.2 bytes a
     * value) go back to the recorder's table, in one transaction, for the next pass to compact anew.
     */
    private static void returnNamedRows(Statement ddl) throws SQLException {
        try (ResultSet named = ddl.executeQuery("SELECT 1 FROM duckdb_tables() WHERE table_name = '" + NAMED + "'")) {
            if (!named.next()) {
                return;
            }
        }
        Connection connection = ddl.getConnection();
        connection.setAutoCommit(false);
        try {
            ddl.execute("INSERT INTO " + JdbcHistoryStore.TABLE + " SELECT series, ts, num, txt, "
                    + QualityCode.fromName("quality") + " FROM " + NAMED);
            ddl.execute("DROP TABLE " + NAMED);
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Moves the recorder's rows older than {@code before} (rounded down to an hour); answers how many. */
    long compact(Instant before) throws HistoryException {
        long end = before.toEpochMilli() - Math.floorMod(before.toEpochMilli(), HOUR);
        long moved = 0;
        synchronized (connection) {
            try {
                for (Long oldest = oldest(end);
                        oldest != null && !Thread.currentThread().isInterrupted();
                        oldest = oldest(end)) {
                    long start = oldest - Math.floorMod(oldest, HOUR);
                    moved += move(start, Math.min(end, start + HOUR));
                }
                // Ends the transaction of the last look, so that the next pass sees what was recorded meanwhile.
                connection.commit();
            } catch (SQLException e) {
                rollback();
                throw new HistoryException("compacting the history failed", e);
            }
        }
        return moved;
    }

    private Long oldest(long end) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT min(ts) FROM " + JdbcHistoryStore.TABLE + " WHERE ts < ?")) {
            query.setLong(1, end);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long oldest = rows.getLong(1);
                return rows.wasNull() ? null : oldest;
            }
        }
    }

    private long move(long start, long end) throws SQLException {
        execute(
                // Within the hour, the time line orders by series then time on one integer: a sort twice as fast.
                // The recorder's series is an INTEGER: widened first (series 597 × an hour in ms passes 2^31).
                "INSERT INTO " + CompactedTable.NAME + " SELECT series, " + start + ", ts + CAST(series AS BIGINT) * "
                        + HOUR
                        + " AS line, num, txt, quality FROM " + JdbcHistoryStore.TABLE
                        + " WHERE ts >= ? AND ts < ? ORDER BY line",
                start,
                end);
        long moved = execute("DELETE FROM " + JdbcHistoryStore.TABLE + " WHERE ts >= ? AND ts < ?", start, end);
        connection.commit();
        return moved;
    }

    private long execute(String sql, long start, long end) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, start);
            statement.setLong(2, end);
            return statement.executeUpdate();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure that led here is the one reported
        }
    }
}
