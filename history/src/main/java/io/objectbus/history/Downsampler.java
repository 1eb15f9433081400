// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Downsampling and retention, on a connection of their own. Downsampling goes a day at a time, oldest first, each
 * day in one transaction (its aggregates in, its raw values out), so that recording and queries go on between.
 */
final class Downsampler {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Connection connection;
    private final String lastOf;

    Downsampler(Connection connection, String lastOf) throws SQLException {
        this.connection = connection;
        this.lastOf = lastOf;
        connection.setAutoCommit(false);
    }

    long downsample(ResourceMatch resources, Instant before, Duration interval) throws HistoryException {
        long step = Math.max(1, interval.toMillis());
        long end = before.toEpochMilli() - Math.floorMod(before.toEpochMilli(), step);
        long chunk = step * Math.max(1, DAY / step);
        long replaced = 0;
        synchronized (connection) {
            try {
                // A node that stops interrupts the pass between two days; the next pass goes on from there.
                for (Long oldest = oldest(resources, end);
                        oldest != null && !Thread.currentThread().isInterrupted();
                        oldest = oldest(resources, end)) {
                    long start = oldest - Math.floorMod(oldest, step);
                    replaced += downsample(resources, start, Math.min(end, start + chunk), step);
                }
            } catch (SQLException e) {
                rollback();
                throw new HistoryException("downsampling " + resources + " failed", e);
            }
        }
        return replaced;
    }

    long deleteBefore(ResourceMatch resources, Instant before) throws HistoryException {
        synchronized (connection) {
            try {
                long deleted = delete(JdbcHistoryStore.TABLE, resources, Long.MIN_VALUE, before.toEpochMilli())
                        + delete(JdbcHistoryStore.AGGREGATES, resources, Long.MIN_VALUE, before.toEpochMilli());
                connection.commit();
                return deleted;
            } catch (SQLException e) {
                rollback();
                throw new HistoryException("deleting old values of " + resources + " failed", e);
            }
        }
    }

    private Long oldest(ResourceMatch resources, long end) throws SQLException {
        String sql = "SELECT min(ts) FROM " + JdbcHistoryStore.TABLE + " WHERE " + resources.sql() + " AND ts < ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(resources.bind(query, 1), end);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long oldest = rows.getLong(1);
                return rows.wasNull() ? null : oldest;
            }
        }
    }

    private long downsample(ResourceMatch resources, long start, long end, long step) throws SQLException {
        String sql = "INSERT INTO " + JdbcHistoryStore.AGGREGATES + " SELECT node, object, resource, ts - ts % "
                + step + " AS b, min(num), max(num), sum(num), " + lastOf.formatted("num", "ts") + ", count(num)"
                + " FROM " + JdbcHistoryStore.TABLE + " WHERE " + resources.sql() + " AND ts >= ? AND ts < ?"
                + " AND num IS NOT NULL GROUP BY node, object, resource, b";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int next = resources.bind(insert, 1);
            insert.setLong(next, start);
            insert.setLong(next + 1, end);
            insert.executeUpdate();
        }
        long replaced = delete(JdbcHistoryStore.TABLE, resources, start, end);
        connection.commit();
        return replaced;
    }

    private long delete(String table, ResourceMatch resources, long start, long end) throws SQLException {
        String sql = "DELETE FROM " + table + " WHERE " + resources.sql() + " AND ts >= ? AND ts < ?";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            int next = resources.bind(delete, 1);
            delete.setLong(next, start);
            delete.setLong(next + 1, end);
            return delete.executeUpdate();
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
