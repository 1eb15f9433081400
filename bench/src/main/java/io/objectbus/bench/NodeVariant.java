// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A way to run the node under test: its name in the tables, the JDK it runs on, JVM options beyond the heap, and
 * environment for {@link BenchNode} (BENCH_ACCEPTOR: acceptor parameters, BENCH_JOURNAL: journal type, as the
 * node's setting; BENCH_JOURNAL_SYNC, BENCH_JOURNAL_DATASYNC, BENCH_JOURNAL_BUFFER_TIMEOUT: see BenchNode).
 *
 * <p>BENCH_NODES lists variants to compare in one run, one a line: {@code name | java home or - | JVM options |
 * KEY=value;KEY=value}; without it the node runs once, as "objectbus", on the bench's own JDK with
 * BENCH_NODE_JVM_OPTS.
 */
record NodeVariant(String name, Path javaHome, List<String> jvmOptions, Map<String, String> environment) {

    static NodeVariant standard() {
        String extra = System.getenv("BENCH_NODE_JVM_OPTS");
        return new NodeVariant(
                "objectbus",
                Path.of(System.getProperty("java.home")),
                extra == null || extra.isBlank()
                        ? List.of()
                        : List.of(extra.trim().split("\\s+")),
                Map.of());
    }

    static List<NodeVariant> fromEnvironment() {
        String spec = System.getenv("BENCH_NODES");
        if (spec == null || spec.isBlank()) {
            return List.of(standard());
        }
        List<NodeVariant> variants = new ArrayList<>();
        for (String line : spec.strip().split("\n")) {
            variants.add(parse(line));
        }
        return variants;
    }

    private static NodeVariant parse(String line) {
        String[] parts = (line + " | | | ").split("\\|", -1);
        String home = parts[1].strip();
        String options = parts[2].strip();
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String pair : parts[3].strip().split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new NodeVariant(
                parts[0].strip(),
                home.isEmpty() || home.equals("-") ? Path.of(System.getProperty("java.home")) : Path.of(home),
                options.isEmpty() ? List.of() : List.of(options.split("\\s+")),
                env);
    }

    /**
     * The same variant recording its ahead-of-time cache ({@code -XX:AOTCacheOutput}, Java 25), when it names a cache
     * ({@code -XX:AOTCache=}) that does not exist yet; otherwise null.
     */
    NodeVariant aotTraining() {
        List<String> options = new ArrayList<>();
        boolean missing = false;
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:AOTCache=") && !java.nio.file.Files.exists(Path.of(option.substring(13)))) {
                options.add("-XX:AOTCacheOutput=" + option.substring(13));
                missing = true;
            } else {
                options.add(option);
            }
        }
        return missing ? new NodeVariant(name + "-training", javaHome, options, environment) : null;
    }

    /**
     * The command line of a JVM of this variant running {@code mainClass} on the bench's class path, or on the class
     * path its BENCH_CLASSPATH names (another build of the node, for a before/after comparison in one run).
     */
    List<String> java(String heap, String mainClass, String... args) {
        List<String> command =
                new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), heap));
        command.addAll(jvmOptions);
        String classPath = environment.getOrDefault("BENCH_CLASSPATH", System.getProperty("java.class.path"));
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
