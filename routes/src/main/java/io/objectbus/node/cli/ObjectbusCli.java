// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line client of a node: {@code objectbus objects | get | set | watch | errors}, over the node's REST
 * API (docs/operations.md), so that it works against a remote node too. Exit codes: 0 done, 1 a write that did not
 * apply, 2 a usage error, 3 the node could not be reached or answered with an error.
 */
@Command(
        name = "objectbus",
        mixinStandardHelpOptions = true,
        description = "Reads and writes the objects of an ObjectBus node over its REST API.",
        subcommands = {ObjectsCommand.class, GetCommand.class, SetCommand.class, WatchCommand.class, ErrorsCommand.class
        })
public final class ObjectbusCli {

    static final int WRITE_NOT_APPLIED = 1;
    static final int UNREACHABLE = 3;

    @Option(
            names = {"-u", "--url"},
            defaultValue = "${env:OBJECTBUS_URL:-http://127.0.0.1:8080}",
            description = "the node's HTTP address (default: ${DEFAULT-VALUE}, or OBJECTBUS_URL)")
    String url;

    @Option(names = "--json", description = "print the API's JSON as it comes, one document a line, for scripts")
    boolean json;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command with these outputs; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ObjectbusCli());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("objectbus: " + e.getMessage());
            return e instanceof NodeApi.NodeError ? UNREACHABLE : 1;
        });
        return line.execute(args);
    }

    NodeApi api() {
        return new NodeApi(url);
    }
}
