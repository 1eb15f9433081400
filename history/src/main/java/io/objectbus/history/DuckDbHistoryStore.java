// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: a DuckDB file in the node's data folder. Columnar and compressed, so a gateway keeps months of
 * values in little disk, and an interval aggregate over a day reads only the columns it needs. Batches go in through
 * DuckDB's appender, not row by row. Its connections are duplicates of the first, on the one database in the process.
 */
public final class DuckDbHistoryStore extends JdbcHistoryStore {

    /** The most memory DuckDB's buffers take; larger work spills to a temporary file beside the store. */
    static final String MEMORY_LIMIT = "128MB";

    private DuckDbHistoryStore(DuckDBConnection first) throws SQLException {
        super(new Duplicates(first), "arg_max(%1$s, %2$s)", true, SeriesTable.Dialect.DUCKDB);
    }

    public static DuckDbHistoryStore open(Path file) throws HistoryException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Properties config = new Properties();
            // DuckDB's own default is 80 % of the machine's memory: a gateway's node has 512 MB in all.
            config.setProperty("memory_limit", MEMORY_LIMIT);
            return new DuckDbHistoryStore(
                    (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), config));
        } catch (SQLException e) {
            throw new HistoryException("the history store " + file + " could not be opened", e);
        } catch (IOException e) {
            throw new HistoryException("the history store " + file + " could not be opened", new SQLException(e));
        }
    }

    @Override
    public void append(List<Sample> samples) throws HistoryException {
        DuckDBConnection writer = (DuckDBConnection) writer();
        synchronized (writer) {
            try {
                long[] series = seriesOf(samples);
                try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
                    for (int i = 0; i < series.length; i++) {
                        appendRow(appender, series[i], samples.get(i));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                throw new HistoryException("recording " + samples.size() + " values failed", e);
            }
        }
    }

    private static void appendRow(DuckDBAppender appender, long series, Sample sample) throws SQLException {
        appender.beginRow();
        appender.append(Math.toIntExact(series));
        appender.append(sample.time().toEpochMilli());
        if (sample.number() == null) {
            appender.appendNull();
        } else {
            appender.append(sample.number().doubleValue());
        }
        if (sample.text() == null) {
            appender.appendNull();
        } else {
            appender.append(sample.text());
        }
        appender.append(QualityCode.of(sample.quality()));
        appender.endRow();
    }

    /** The first connection, then duplicates of it. */
    private static final class Duplicates implements ConnectionSource {
        private final DuckDBConnection first;
        private boolean given;

        Duplicates(DuckDBConnection first) {
            this.first = first;
        }

        @Override
        public java.sql.Connection open() throws SQLException {
            if (!given) {
                given = true;
                return first;
            }
            return first.duplicate();
        }
    }
}
