// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of what {@code ./objectbus run} finds in the repository root: {@code application.properties} and the route
 * folders {@code routes/simulator}, {@code routes/adapters}, {@code routes/bridges}. The node's data folder ends up
 * there too ({@code data}, relative to it).
 */
public final class NodeLayout {

    private static final List<String> ROUTE_FOLDERS = List.of("simulator", "adapters", "bridges");

    private final Path home;

    private NodeLayout(Path home) {
        this.home = home;
    }

    /** Copies the repository's layout into {@code home}. */
    /** The node's layout with the simulated site's rooms and none of its simulated protocols: a quicker start. */
    public static NodeLayout roomsOnly(Path home) throws IOException {
        NodeLayout layout = copy(home);
        try (Stream<Path> files = Files.list(home.resolve("routes").resolve("simulator"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("sim-values.camel.yaml"))
                    .toList()) {
                Files.delete(file);
            }
        }
        return layout;
    }

    public static NodeLayout copy(Path home) throws IOException {
        Path repository =
                Path.of(System.getProperty("objectbus.repository", "..")).toAbsolutePath();
        Files.createDirectories(home);
        Files.copy(repository.resolve("application.properties"), home.resolve("application.properties"));
        for (String folder : ROUTE_FOLDERS) {
            Path from = repository.resolve("routes").resolve(folder);
            Path to = Files.createDirectories(home.resolve("routes").resolve(folder));
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        return new NodeLayout(home);
    }

    public Path home() {
        return home;
    }

    /** Saves a route file into one of the route folders, as a user drops one in. */
    public Path addRoute(String folder, String fileName, String yaml) throws IOException {
        return Files.writeString(home.resolve("routes").resolve(folder).resolve(fileName), yaml);
    }
}
