// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The series: an integer per node, object and resource ({@code ob_series}), which the value tables keep instead of
 * the three names. A value row then holds no text but a text value: DuckDB appended such rows at half the CPU per
 * value, and PostgreSQL's rows and index are narrower. The ids known are cached, so the recorder looks a series up in
 * the database once, at its first value.
 */
final class SeriesTable {

    static final String NAME = "ob_series";

    /** How a dialect creates the table, and adds a series if it is not there yet (parameters node, object, resource). */
    enum Dialect {
        // One process writes a DuckDB file, and only its recorder adds series: it numbers them on from the largest.
        DUCKDB(
                "CREATE TABLE IF NOT EXISTS " + NAME + " (id BIGINT NOT NULL, node VARCHAR NOT NULL,"
                        + " object VARCHAR NOT NULL, resource VARCHAR NOT NULL)",
                null),
        // Several nodes may record into one database at once: the unique names decide who adds a series.
        POSTGRES(
                "CREATE TABLE IF NOT EXISTS " + NAME + " (id BIGSERIAL PRIMARY KEY, node VARCHAR NOT NULL,"
                        + " object VARCHAR NOT NULL, resource VARCHAR NOT NULL, UNIQUE (node, object, resource))",
                "INSERT INTO " + NAME + " (node, object, resource) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");

        private final String create;
        private final String add;

        Dialect(String create, String add) {
            this.create = create;
            this.add = add;
        }
    }

    /** A series' names; their hashes are the strings' own, cached, so a lookup builds nothing. */
    private record Key(String node, String object, String resource) {}

    private final Dialect dialect;
    private final Map<Key, Long> ids = new ConcurrentHashMap<>();
    private boolean loaded;

    SeriesTable(Dialect dialect) {
        this.dialect = dialect;
    }

    void create(Statement ddl) throws SQLException {
        ddl.execute(dialect.create);
    }

    /**
     * The series of each sample, added where new; on the writer's connection. New series of a batch are added
     * together: one statement each cost a site of 10,000 resources a minute of its first values.
     */
    long[] idsOf(Connection writer, List<Sample> samples) throws SQLException {
        if (!loaded) {
            loadAll(writer);
        }
        long[] series = new long[samples.size()];
        Set<Key> missing = new LinkedHashSet<>();
        for (int i = 0; i < series.length; i++) {
            Sample sample = samples.get(i);
            Key key = new Key(sample.node(), sample.object(), sample.resource());
            Long id = ids.get(key);
            if (id == null) {
                missing.add(key);
            }
            series[i] = id == null ? -1 : id;
        }
        if (!missing.isEmpty()) {
            add(writer, missing);
            for (int i = 0; i < series.length; i++) {
                if (series[i] < 0) {
                    Sample sample = samples.get(i);
                    series[i] = ids.get(new Key(sample.node(), sample.object(), sample.resource()));
                }
            }
        }
        return series;
    }

    private void add(Connection writer, Set<Key> missing) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            try (PreparedStatement insert = writer.prepareStatement(dialect.add)) {
                for (Key key : missing) {
                    bind(insert, key.node(), key.object(), key.resource());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // Another node may have added some of them: the table says which id each has.
            loadAll(writer);
            return;
        }
        long next = maxId(writer) + 1;
        try (DuckDBAppender appender =
                writer.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, NAME)) {
            for (Key key : missing) {
                appender.beginRow();
                appender.append(next);
                appender.append(key.node());
                appender.append(key.object());
                appender.append(key.resource());
                appender.endRow();
                ids.put(key, next++);
            }
        }
    }

    private static long maxId(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT coalesce(max(id), 0) FROM " + NAME)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every series into the cache: at the first batch, and in PostgreSQL after each batch with new series. */
    private void loadAll(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, node, object, resource FROM " + NAME)) {
            while (rows.next()) {
                ids.put(new Key(rows.getString(2), rows.getString(3), rows.getString(4)), rows.getLong(1));
            }
        }
        loaded = true;
    }

    /** A resource's series, or -1 (which no row has) when none of its values has been recorded. */
    long idOf(Connection connection, String node, String object, String resource) throws SQLException {
        Long id = ids.get(new Key(node, object, resource));
        return id != null ? id : find(connection, node, object, resource);
    }

    private long find(Connection connection, String node, String object, String resource) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM " + NAME + " WHERE node = ? AND object = ? AND resource = ?")) {
            bind(query, node, object, resource);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return -1;
                }
                long id = rows.getLong(1);
                ids.put(new Key(node, object, resource), id);
                return id;
            }
        }
    }

    /** Adds the series of every row of a table with node, object and resource columns, for its rows to move over. */
    void addAllOf(Statement sql, String table) throws SQLException {
        String names = "SELECT DISTINCT node, object, resource FROM " + table;
        sql.execute(
                dialect == Dialect.POSTGRES
                        ? "INSERT INTO " + NAME + " (node, object, resource) " + names + " ON CONFLICT DO NOTHING"
                        : "INSERT INTO " + NAME + " SELECT (SELECT coalesce(max(id), 0) FROM " + NAME + ")"
                                + " + row_number() OVER (ORDER BY node, object, resource), node, object, resource"
                                + " FROM (" + names + ") AS n WHERE NOT EXISTS (SELECT 1 FROM " + NAME + " s"
                                + " WHERE s.node = n.node AND s.object = n.object AND s.resource = n.resource)");
    }

    private static void bind(PreparedStatement statement, String node, String object, String resource)
            throws SQLException {
        statement.setString(1, node);
        statement.setString(2, object);
        statement.setString(3, resource);
    }
}
