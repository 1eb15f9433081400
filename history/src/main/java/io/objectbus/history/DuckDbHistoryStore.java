// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: a DuckDB file in the node's data folder. Columnar and compressed, so a gateway keeps months of
 * values in little disk, and an interval aggregate over a day reads only the columns it needs. Batches go in through
 * DuckDB's appender, not row by row.
 */
public final class DuckDbHistoryStore extends JdbcHistoryStore {

    private DuckDbHistoryStore(DuckDBConnection connection) throws HistoryException {
        super(connection, "arg_max(num, ts)");
    }

    public static DuckDbHistoryStore open(Path file) throws HistoryException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new DuckDbHistoryStore(
                    (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        } catch (SQLException | java.io.IOException e) {
            throw new HistoryException("the history store " + file + " could not be opened", new SQLException(e));
        }
    }

    @Override
    public synchronized void append(List<Sample> samples) throws HistoryException {
        try (DuckDBAppender appender =
                ((DuckDBConnection) connection()).createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (Sample sample : samples) {
                appender.beginRow();
                appender.append(sample.node());
                appender.append(sample.object());
                appender.append(sample.resource());
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
                appender.append(sample.quality());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new HistoryException("recording " + samples.size() + " values failed", e);
        }
    }
}
