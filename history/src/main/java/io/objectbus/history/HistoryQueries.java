// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries, on a connection of their own. Each reads the raw values and the aggregates downsampling left in their
 * place as one series: an aggregate row counts as {@code cnt} values with its min, max, sum and last.
 */
final class HistoryQueries {

    /** The aggregates keep their names: a row per resource and interval, few beside the raw values. */
    private static final String ONE_RESOURCE = " WHERE node = ? AND object = ? AND resource = ? AND ts >= ? AND ts < ?";

    private static final String ONE_SERIES = " WHERE series = ? AND ts >= ? AND ts < ?";

    private final Connection connection;
    private final SeriesTable series;
    private final String lastOf;
    private final boolean sorted;

    /** @param sorted whether closed hours are in the table ordered by series ({@link Compactor}) */
    HistoryQueries(Connection connection, SeriesTable series, String lastOf, boolean sorted) {
        this.connection = connection;
        this.series = series;
        this.lastOf = lastOf;
        this.sorted = sorted;
    }

    /** The raw rows of one resource, from the recorder's table and, if there is one, from the sorted one. */
    private String rawRows(String columns, String condition) {
        String recent = "SELECT " + columns + " FROM " + JdbcHistoryStore.TABLE + ONE_SERIES + condition;
        return sorted
                ? recent + " UNION ALL SELECT " + columns + " FROM (" + CompactedTable.oneSeries() + ") AS compacted"
                        + " WHERE TRUE" + condition
                : recent;
    }

    /** Binds the parameters of {@link #rawRows}; answers the next free one. */
    private int bindRaw(PreparedStatement query, String node, String object, String resource, Instant from, Instant to)
            throws SQLException {
        long id = series.idOf(connection, node, object, resource);
        query.setLong(1, id);
        query.setLong(2, from.toEpochMilli());
        query.setLong(3, to.toEpochMilli());
        if (!sorted) {
            return 4;
        }
        query.setLong(4, id);
        query.setLong(5, CompactedTable.onTimeLine(from.toEpochMilli(), id));
        query.setLong(6, CompactedTable.onTimeLine(to.toEpochMilli(), id));
        return 7;
    }

    List<Sample> raw(String node, String object, String resource, Instant from, Instant to, int limit)
            throws HistoryException {
        String sql = rawRows("ts, num, txt, quality", "")
                + " UNION ALL SELECT ts, sm / cnt, NULL, " + QualityCode.DOWNSAMPLED + " FROM "
                + JdbcHistoryStore.AGGREGATES + ONE_RESOURCE + " ORDER BY ts LIMIT ?";
        List<Sample> samples = new ArrayList<>();
        synchronized (connection) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int next = bindRaw(query, node, object, resource, from, to);
                bindRange(query, next, node, object, resource, from, to);
                query.setInt(next + 5, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        double number = rows.getDouble(2);
                        Double value = rows.wasNull() ? null : number;
                        samples.add(new Sample(
                                node,
                                object,
                                resource,
                                Instant.ofEpochMilli(rows.getLong(1)),
                                value,
                                rows.getString(3),
                                QualityCode.name(rows.getInt(4))));
                    }
                }
            } catch (SQLException e) {
                throw new HistoryException("reading " + object + "/" + resource + " failed", e);
            }
        }
        return samples;
    }

    List<Aggregate> aggregate(String node, String object, String resource, Instant from, Instant to, Duration interval)
            throws HistoryException {
        long step = Math.max(1, interval.toMillis());
        String sql = "SELECT b, min(mn), max(mx), sum(sm) / CAST(sum(cnt) AS DOUBLE PRECISION), "
                + lastOf.formatted("lst", "lt") + ", CAST(sum(cnt) AS BIGINT) FROM ("
                + rawRows(
                        "ts - ts % " + step + " AS b, ts AS lt, num AS mn, num AS mx, num AS sm, num AS lst,"
                                + " CAST(1 AS BIGINT) AS cnt",
                        " AND num IS NOT NULL")
                + " UNION ALL SELECT ts - ts % " + step + ", ts, mn, mx, sm, lst, cnt FROM "
                + JdbcHistoryStore.AGGREGATES + ONE_RESOURCE + ") AS series GROUP BY b ORDER BY b";
        List<Aggregate> aggregates = new ArrayList<>();
        synchronized (connection) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bindRange(query, bindRaw(query, node, object, resource, from, to), node, object, resource, from, to);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        aggregates.add(new Aggregate(
                                Instant.ofEpochMilli(rows.getLong(1)),
                                rows.getDouble(2),
                                rows.getDouble(3),
                                rows.getDouble(4),
                                rows.getDouble(5),
                                rows.getLong(6)));
                    }
                }
            } catch (SQLException e) {
                throw new HistoryException("aggregating " + object + "/" + resource + " failed", e);
            }
        }
        return aggregates;
    }

    long count() throws HistoryException {
        synchronized (connection) {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT (SELECT count(*) FROM " + JdbcHistoryStore.TABLE + ")"
                            + (sorted ? " + (SELECT count(*) FROM " + CompactedTable.NAME + ")" : ""))) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new HistoryException("counting failed", e);
            }
        }
    }

    private static void bindRange(
            PreparedStatement query, int first, String node, String object, String resource, Instant from, Instant to)
            throws SQLException {
        query.setString(first, node);
        query.setString(first + 1, object);
        query.setString(first + 2, resource);
        query.setLong(first + 3, from.toEpochMilli());
        query.setLong(first + 4, to.toEpochMilli());
    }
}
