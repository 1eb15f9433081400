// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The store on a SQL database. Times are epoch milliseconds, so that buckets are plain arithmetic in every dialect
 * ({@code ts - ts % interval}). Three connections, each used by one job at a time: the recorder's writes, the queries,
 * and the downsampling and retention, so that neither a long query nor a downsampling pass holds up recording.
 */
public class JdbcHistoryStore implements HistoryStore {

    static final String TABLE = RecorderTable.NAME;
    static final String AGGREGATES = "ob_history_agg";

    /** Opens one more connection to the same database. */
    @FunctionalInterface
    protected interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final Connection writer;
    private final SeriesTable series;
    private final HistoryQueries queries;
    private final Downsampler downsampler;
    private final Compactor compactor;
    private final Connection[] all;

    /**
     * @param connections opens the store's connections; the store closes them
     * @param lastOf the dialect's aggregate for the value with the greatest time, {@code %1$s} the value and {@code
     *     %2$s} the time
     * @param compacts whether closed hours are moved to a table ordered by series ({@link Compactor}): a columnar
     *     store without indexes needs it, a database with a B-tree index on the series does not
     * @param dialect how the dialect numbers series
     */
    protected JdbcHistoryStore(
            ConnectionSource connections, String lastOf, boolean compacts, SeriesTable.Dialect dialect)
            throws SQLException {
        this.writer = connections.open();
        this.series = new SeriesTable(dialect);
        try (Statement ddl = writer.createStatement()) {
            series.create(ddl);
            RecorderTable.create(ddl, series);
            ddl.execute("CREATE TABLE IF NOT EXISTS " + AGGREGATES + " (node VARCHAR NOT NULL,"
                    + " object VARCHAR NOT NULL, resource VARCHAR NOT NULL, ts BIGINT NOT NULL,"
                    + " mn DOUBLE PRECISION, mx DOUBLE PRECISION, sm DOUBLE PRECISION, lst DOUBLE PRECISION,"
                    + " cnt BIGINT NOT NULL)");
            createIndexes(ddl);
            if (compacts) {
                Compactor.createTables(ddl);
            }
        } catch (SQLException e) {
            writer.close();
            throw e;
        }
        Connection reader = connections.open();
        Connection maintainer = connections.open();
        this.queries = new HistoryQueries(reader, series, lastOf, compacts);
        Downsampler.RawTable recorded = RecorderTable.INSTANCE;
        this.downsampler = new Downsampler(
                maintainer, lastOf, compacts ? List.of(recorded, new CompactedTable()) : List.of(recorded));
        this.compactor = compacts ? new Compactor(maintainer) : null;
        this.all = new Connection[] {writer, reader, maintainer};
    }

    /** The dialect's indexes; a columnar store needs none. */
    protected void createIndexes(Statement ddl) throws SQLException {}

    protected Connection writer() {
        return writer;
    }

    /** The series of each sample, added where new; call holding the writer. */
    protected long[] seriesOf(List<Sample> samples) throws SQLException {
        return series.idsOf(writer, samples);
    }

    @Override
    public void append(List<Sample> samples) throws HistoryException {
        synchronized (writer) {
            try (PreparedStatement insert =
                    writer.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)")) {
                long[] ids = seriesOf(samples);
                for (int i = 0; i < ids.length; i++) {
                    Sample sample = samples.get(i);
                    insert.setInt(1, Math.toIntExact(ids[i]));
                    insert.setLong(2, sample.time().toEpochMilli());
                    if (sample.number() == null) {
                        insert.setNull(3, Types.DOUBLE);
                    } else {
                        insert.setDouble(3, sample.number());
                    }
                    insert.setString(4, sample.text());
                    insert.setShort(5, QualityCode.of(sample.quality()));
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException | RuntimeException e) {
                throw new HistoryException("recording " + samples.size() + " values failed", e);
            }
        }
    }

    @Override
    public List<Sample> raw(String node, String object, String resource, Instant from, Instant to, int limit)
            throws HistoryException {
        return queries.raw(node, object, resource, from, to, limit);
    }

    @Override
    public List<Aggregate> aggregate(
            String node, String object, String resource, Instant from, Instant to, Duration interval)
            throws HistoryException {
        return queries.aggregate(node, object, resource, from, to, interval);
    }

    @Override
    public long downsample(ResourceMatch resources, Instant before, Duration interval) throws HistoryException {
        return downsampler.downsample(resources, before, interval);
    }

    @Override
    public long compact(Instant before) throws HistoryException {
        return compactor == null ? 0 : compactor.compact(before);
    }

    @Override
    public long deleteBefore(ResourceMatch resources, Instant before) throws HistoryException {
        return downsampler.deleteBefore(resources, before);
    }

    @Override
    public long count() throws HistoryException {
        return queries.count();
    }

    @Override
    public void close() throws HistoryException {
        SQLException failure = null;
        for (Connection connection : all) {
            synchronized (connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new HistoryException("closing the store failed", failure);
        }
    }
}
