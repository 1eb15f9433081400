// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import io.objectbus.testing.FreePorts;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the distribution's packages ({@code /usr/lib/postgresql/<version>/bin}, installed by
 * {@code .ci/run}), made by initdb in a temporary folder and run by pg_ctl on a free loopback port. PostgreSQL refuses
 * to run as root, so as root it runs as the packages' {@code postgres} user. Missing binaries fail the test.
 */
final class PostgresServer implements AutoCloseable {

    private static final String SERVICE_USER = "postgres";

    private final Path bin;
    private final Path data;
    private final int port;

    private PostgresServer(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path data = Files.createTempDirectory("objectbus-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(data, users.lookupPrincipalByName(SERVICE_USER));
        }
        PostgresServer server = new PostgresServer(bin, data, FreePorts.next());
        server.run(root, "initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        server.run(
                root,
                "pg_ctl",
                "-D",
                data.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                data.resolve("log").toString(),
                "-o",
                "-p " + server.port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The newest version's binaries; an assertion error naming the package when none is installed. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        List<Path> versions = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
                dirs.forEach(d -> {
                    if (Files.isExecutable(d.resolve("bin/initdb"))) {
                        versions.add(d.resolve("bin"));
                    }
                });
            }
        }
        return versions.stream()
                .max(Comparator.comparingInt(
                        b -> Integer.parseInt(b.getParent().getFileName().toString())))
                .orElseThrow(() -> new AssertionError("no PostgreSQL server in /usr/lib/postgresql/*/bin: install"
                        + " Debian's postgresql package (.ci/run does)"));
    }

    private void run(boolean root, String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-" + tool + ".log")
                        .toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(tool + " failed: "
                    + Files.readString(data.resolveSibling(data.getFileName() + "-" + tool + ".log")));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(
                    "root".equals(System.getProperty("user.name")),
                    "pg_ctl",
                    "-D",
                    data.toString(),
                    "-m",
                    "immediate",
                    "-w",
                    "stop");
        } finally {
            for (Path dir : List.of(data)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.deleteIfExists(data.resolveSibling(data.getFileName() + "-initdb.log"));
            Files.deleteIfExists(data.resolveSibling(data.getFileName() + "-pg_ctl.log"));
        }
    }
}
