// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The CPU DuckDB's appender takes per value, all its threads and the closing checkpoint counted, for a batch size and a
 * row shape ({@code java … io.objectbus.bench.HistoryAppend <names|names-quality-number|series> <values> <batch>}):
 * {@code names} is the recorder's table (node, object, resource and quality as text), {@code names-quality-number}
 * quality as a small integer, {@code series} a series id for the names and quality as a small integer. 200,000
 * untimed values first; 1,000 objects of 10 resources, 40 values a millisecond. Run the shapes in turn, several times.
 */
final class HistoryAppend {

    private HistoryAppend() {}

    public static void main(String[] args) throws Exception {
        String shape = args[0];
        int values = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        Properties config = new Properties();
        config.setProperty("memory_limit", "128MB");
        String file =
                Files.createTempDirectory("bench-append").resolve("h.duckdb").toString();
        try (DuckDBConnection connection =
                (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, config)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE t (" + columns(shape) + ", ts BIGINT NOT NULL, num DOUBLE, txt VARCHAR)");
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            append(connection, shape, 0, 200_000, batch);
            long cpu = os.getProcessCpuTime();
            append(connection, shape, 200_000, values, batch);
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
            System.out.printf(
                    "%s, batches of %d: %.2f µs CPU a value%n",
                    shape, batch, (os.getProcessCpuTime() - cpu) / 1e3 / values);
        }
    }

    private static String columns(String shape) {
        return switch (shape) {
            case "names" -> "quality VARCHAR NOT NULL, node VARCHAR, object VARCHAR, resource VARCHAR";
            case "names-quality-number" -> "quality UTINYINT NOT NULL, node VARCHAR, object VARCHAR, resource VARCHAR";
            default -> "quality UTINYINT NOT NULL, series BIGINT NOT NULL";
        };
    }

    private static void append(DuckDBConnection connection, String shape, int from, int count, int batch)
            throws SQLException {
        long t0 = 1_764_547_200_000L;
        for (int done = from; done < from + count; ) {
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
                for (int k = 0; k < batch && done < from + count; k++, done++) {
                    int object = (done / 10) % 1000;
                    appender.beginRow();
                    if (shape.equals("names")) {
                        appender.append("good");
                    } else {
                        appender.append((byte) 0);
                    }
                    if (shape.equals("series")) {
                        appender.append((long) object * 10 + done % 10);
                    } else {
                        appender.append("bench");
                        appender.append("o-" + object);
                        appender.append("r" + done % 10);
                    }
                    appender.append(t0 + done / 40);
                    appender.append(20.0 + (done % 997) * 0.1);
                    appender.appendNull();
                    appender.endRow();
                }
            }
        }
    }
}
