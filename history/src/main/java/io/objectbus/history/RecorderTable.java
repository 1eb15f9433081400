// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The table the recorder appends to: per value its series ({@link SeriesTable}), time, value and quality code. A
 * store written by an earlier version, with node, object and resource and the quality's name on every row, is moved
 * to this layout when it is opened, in one transaction: the queries then read one layout only.
 */
final class RecorderTable implements Downsampler.RawTable {

    static final String NAME = "ob_history";

    /** The earlier layout's table, for the time of its move. */
    private static final String NAMED = "ob_history_named";

    static final String COLUMNS = "(series INTEGER NOT NULL, ts BIGINT NOT NULL, num DOUBLE PRECISION, txt VARCHAR,"
            + " quality SMALLINT NOT NULL)";

    static final RecorderTable INSTANCE = new RecorderTable();

    private RecorderTable() {}

    /** Creates the table, or moves an earlier version's to this layout; answers how many rows it moved. */
    static long create(Statement ddl, SeriesTable series) throws SQLException {
        if (!hasNames(ddl)) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + NAME + " " + COLUMNS);
            return 0;
        }
        Connection connection = ddl.getConnection();
        connection.setAutoCommit(false);
        try {
            ddl.execute("ALTER TABLE " + NAME + " RENAME TO " + NAMED);
            ddl.execute("CREATE TABLE " + NAME + " " + COLUMNS);
            series.addAllOf(ddl, NAMED);
            long moved = ddl.executeUpdate("INSERT INTO " + NAME + " SELECT s.id, h.ts, h.num, h.txt, "
                    + QualityCode.fromName("h.quality") + " FROM " + NAMED + " h JOIN " + SeriesTable.NAME
                    + " s ON s.node = h.node AND s.object = h.object AND s.resource = h.resource");
            ddl.execute("DROP TABLE " + NAMED);
            connection.commit();
            return moved;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Whether the table is there in the earlier layout. */
    private static boolean hasNames(Statement ddl) throws SQLException {
        return hasColumn(ddl, NAME, "node");
    }

    /** Whether a table of the current schema has a column; the view is standard SQL, in both dialects. */
    static boolean hasColumn(Statement ddl, String table, String column) throws SQLException {
        return answers(
                ddl,
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()" + " AND table_name = '"
                        + table + "' AND column_name = '" + column + "'");
    }

    /** Whether a column of a table of the current schema is of a type ({@code data_type} as the dialect names it). */
    static boolean hasColumnOfType(Statement ddl, String table, String column, String type) throws SQLException {
        return answers(
                ddl,
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = '" + table + "' AND column_name = '" + column + "'"
                        + " AND upper(data_type) = '" + type + "'");
    }

    private static boolean answers(Statement ddl, String query) throws SQLException {
        try (ResultSet rows = ddl.executeQuery(query)) {
            return rows.next();
        }
    }

    @Override
    public String rows(String match, long start, long end) {
        return "SELECT node, object, resource, ts, num FROM " + NAME + " JOIN " + SeriesTable.NAME + " ON "
                + SeriesTable.NAME + ".id = " + NAME + ".series WHERE " + match + range(start, end);
    }

    @Override
    public String delete(String match, long start, long end) {
        return "DELETE FROM " + NAME + " WHERE series IN (SELECT id FROM " + SeriesTable.NAME + " WHERE " + match + ")"
                + range(start, end);
    }

    private static String range(long start, long end) {
        return (start == Long.MIN_VALUE ? "" : " AND ts >= " + start) + " AND ts < " + end;
    }
}
