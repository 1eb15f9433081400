// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Downsampling and retention, on a connection of their own. Downsampling goes a day at a time, oldest first, each
 * day in one transaction (its aggregates in, its raw values out), so that recording and queries go on between.
 */
final class Downsampler {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Connection connection;
    private final String lastOf;
    private final List<RawTable> rawTables;

    /** A table raw values are in, as SQL; times are inlined (they are the store's own numbers, not input). */
    interface RawTable {

        /** Its rows of resources matching {@code match} in [start, end): node, object, resource, ts and num. */
        String rows(String match, long start, long end);

        /** Deletes those rows. */
        String delete(String match, long start, long end);
    }

    /** A table whose rows have node, object, resource, ts and num as columns. */
    record PlainTable(String name) implements RawTable {

        @Override
        public String rows(String match, long start, long end) {
            return "SELECT node, object, resource, ts, num FROM " + name + where(match, start, end);
        }

        @Override
        public String delete(String match, long start, long end) {
            return "DELETE FROM " + name + where(match, start, end);
        }

        private static String where(String match, long start, long end) {
            return " WHERE " + match + (start == Long.MIN_VALUE ? "" : " AND ts >= " + start) + " AND ts < " + end;
        }
    }

    /** @param rawTables the tables raw values are in: the recorder's and, in the embedded store, the sorted one */
    Downsampler(Connection connection, String lastOf, List<RawTable> rawTables) throws SQLException {
        this.connection = connection;
        this.lastOf = lastOf;
        this.rawTables = List.copyOf(rawTables);
        connection.setAutoCommit(false);
    }

    /** The matching resources' raw rows in [start, end) of every raw table; parameters bound by {@link #bindRaw}. */
    private String rawRows(ResourceMatch resources, long start, long end) {
        return rawTables.stream()
                .map(table -> table.rows(resources.sql(), start, end))
                .collect(Collectors.joining(" UNION ALL "));
    }

    private void bindRaw(PreparedStatement statement, ResourceMatch resources) throws SQLException {
        int next = 1;
        for (int i = 0; i < rawTables.size(); i++) {
            next = resources.bind(statement, next);
        }
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
                // Ends the transaction of the last look, so that the next pass sees what was recorded meanwhile.
                connection.commit();
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
                long deleted = deleteRaw(resources, Long.MIN_VALUE, before.toEpochMilli())
                        + delete(
                                new PlainTable(JdbcHistoryStore.AGGREGATES),
                                resources,
                                Long.MIN_VALUE,
                                before.toEpochMilli());
                connection.commit();
                return deleted;
            } catch (SQLException e) {
                rollback();
                throw new HistoryException("deleting old values of " + resources + " failed", e);
            }
        }
    }

    private Long oldest(ResourceMatch resources, long end) throws SQLException {
        String sql = "SELECT min(ts) FROM (" + rawRows(resources, Long.MIN_VALUE, end) + ") AS raw";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bindRaw(query, resources);
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
                + " FROM (" + rawRows(resources, start, end) + ") AS raw"
                + " WHERE num IS NOT NULL GROUP BY node, object, resource, b";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bindRaw(insert, resources);
            insert.executeUpdate();
        }
        long replaced = deleteRaw(resources, start, end);
        connection.commit();
        return replaced;
    }

    private long deleteRaw(ResourceMatch resources, long start, long end) throws SQLException {
        long deleted = 0;
        for (RawTable table : rawTables) {
            deleted += delete(table, resources, start, end);
        }
        return deleted;
    }

    private long delete(RawTable table, ResourceMatch resources, long start, long end) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(table.delete(resources.sql(), start, end))) {
            resources.bind(delete, 1);
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
