// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The store on a SQL database. Times are epoch milliseconds, so that buckets are plain arithmetic in every dialect
 * ({@code ts - ts % interval}); one connection, used by one writer and by queries in turn.
 */
public class JdbcHistoryStore implements HistoryStore {

    static final String TABLE = "ob_history";

    private final Connection connection;
    private final String lastOfBucket;

    /**
     * @param connection an open connection; the store closes it
     * @param lastOfBucket the dialect's aggregate for the value with the greatest time in a bucket
     */
    protected JdbcHistoryStore(Connection connection, String lastOfBucket) throws HistoryException {
        this.connection = connection;
        this.lastOfBucket = lastOfBucket;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (node VARCHAR NOT NULL, object VARCHAR NOT NULL,"
                    + " resource VARCHAR NOT NULL, ts BIGINT NOT NULL, num DOUBLE PRECISION, txt VARCHAR,"
                    + " quality VARCHAR NOT NULL)");
            createIndexes(ddl);
        } catch (SQLException e) {
            throw new HistoryException("the history table could not be made", e);
        }
    }

    /** The dialect's indexes; a columnar store needs none. */
    protected void createIndexes(Statement ddl) throws SQLException {}

    protected Connection connection() {
        return connection;
    }

    @Override
    public synchronized void append(List<Sample> samples) throws HistoryException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Sample sample : samples) {
                insert.setString(1, sample.node());
                insert.setString(2, sample.object());
                insert.setString(3, sample.resource());
                insert.setLong(4, sample.time().toEpochMilli());
                if (sample.number() == null) {
                    insert.setNull(5, Types.DOUBLE);
                } else {
                    insert.setDouble(5, sample.number());
                }
                insert.setString(6, sample.text());
                insert.setString(7, sample.quality());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new HistoryException("recording " + samples.size() + " values failed", e);
        }
    }

    @Override
    public synchronized List<Sample> raw(
            String node, String object, String resource, Instant from, Instant to, int limit) throws HistoryException {
        String sql = "SELECT ts, num, txt, quality FROM " + TABLE
                + " WHERE node = ? AND object = ? AND resource = ? AND ts >= ? AND ts < ? ORDER BY ts LIMIT ?";
        List<Sample> samples = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bindRange(query, node, object, resource, from, to);
            query.setInt(6, limit);
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
                            rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("reading " + object + "/" + resource + " failed", e);
        }
        return samples;
    }

    @Override
    public synchronized List<Aggregate> aggregate(
            String node, String object, String resource, Instant from, Instant to, Duration interval)
            throws HistoryException {
        long step = Math.max(1, interval.toMillis());
        String bucket = "(ts - ts % " + step + ")";
        String sql = "SELECT " + bucket + " AS bucket, min(num), max(num), avg(num), " + lastOfBucket + ", count(num)"
                + " FROM " + TABLE + " WHERE node = ? AND object = ? AND resource = ? AND ts >= ? AND ts < ?"
                + " AND num IS NOT NULL GROUP BY bucket ORDER BY bucket";
        List<Aggregate> aggregates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bindRange(query, node, object, resource, from, to);
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
        return aggregates;
    }

    @Override
    public synchronized long deleteBefore(String resourcePattern, Instant before) throws HistoryException {
        String like = resourcePattern
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
                .replace('*', '%');
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM " + TABLE + " WHERE resource LIKE ? ESCAPE '\\' AND ts < ?")) {
            delete.setString(1, like);
            delete.setLong(2, before.toEpochMilli());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("deleting old values of " + resourcePattern + " failed", e);
        }
    }

    @Override
    public synchronized long count() throws HistoryException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("counting failed", e);
        }
    }

    @Override
    public synchronized void close() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("closing the store failed", e);
        }
    }

    private static void bindRange(
            PreparedStatement query, String node, String object, String resource, Instant from, Instant to)
            throws SQLException {
        query.setString(1, node);
        query.setString(2, object);
        query.setString(3, resource);
        query.setLong(4, from.toEpochMilli());
        query.setLong(5, to.toEpochMilli());
    }
}
