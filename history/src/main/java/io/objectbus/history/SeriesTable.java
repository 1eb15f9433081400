// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series: an integer per node, object and resource ({@code ob_series}), which the value tables keep instead of
 * the three names. A value row then holds no text but a text value: DuckDB appended such rows at half the CPU per
 * value, and PostgreSQL's rows and index are narrower. The ids known are cached, so the recorder looks a series up in
 * the database once, at its first value.
 */
final class SeriesTable {

    static final String NAME = "ob_series";

    /** How a dialect creates the table and adds a series if it is not there yet (parameters node, object, resource). */
    enum Dialect {
        // One process writes a DuckDB file, and only its recorder adds series.
        DUCKDB(
                "CREATE TABLE IF NOT EXISTS " + NAME + " (id BIGINT NOT NULL, node VARCHAR NOT NULL,"
                        + " object VARCHAR NOT NULL, resource VARCHAR NOT NULL)",
                "INSERT INTO " + NAME + " SELECT coalesce(max(id), 0) + 1, ?, ?, ? FROM " + NAME),
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

    SeriesTable(Dialect dialect) {
        this.dialect = dialect;
    }

    void create(Statement ddl) throws SQLException {
        ddl.execute(dialect.create);
    }

    /** The series of each sample, added where new; on the writer's connection. */
    long[] idsOf(Connection writer, List<Sample> samples) throws SQLException {
        long[] series = new long[samples.size()];
        for (int i = 0; i < series.length; i++) {
            Sample sample = samples.get(i);
            Long id = ids.get(new Key(sample.node(), sample.object(), sample.resource()));
            series[i] = id != null ? id : add(writer, sample.node(), sample.object(), sample.resource());
        }
        return series;
    }

    private long add(Connection writer, String node, String object, String resource) throws SQLException {
        long id = find(writer, node, object, resource);
        if (id < 0) {
            try (PreparedStatement insert = writer.prepareStatement(dialect.add)) {
                bind(insert, node, object, resource);
                insert.executeUpdate();
            }
            id = find(writer, node, object, resource);
        }
        return id;
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
