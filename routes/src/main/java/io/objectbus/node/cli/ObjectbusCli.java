// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line client of a node: {@code objectbus discover | get | set | cmd | watch | errors}, over MQTT 5 to the
 * node's broker, so that it works against a remote node too and speaks the bus protocol as every other client does
 * (docs/PROTOCOL.md, docs/operations.md). Exit codes: 0 done, 1 a write that did not take effect or a command that did
 * not end done, 2 a usage error, 3 the broker could not be reached or refused the login, 4 the node did not answer or
 * has no such object.
 */
@Command(
        name = "objectbus",
        mixinStandardHelpOptions = true,
        description = "Discovers, reads, writes and watches the objects of ObjectBus nodes over MQTT.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (a write applied or stored, a command done)",
            "1:a write that did not take effect (failed, timeout, rejected, refused by the broker), a command that"
                    + " failed or was rejected",
            "2:a usage error",
            "3:the broker could not be reached or refused the connection",
            "4:the node did not answer in time, or has no such object"
        },
        subcommands = {
            DiscoverCommand.class,
            GetCommand.class,
            SetCommand.class,
            CmdCommand.class,
            WatchCommand.class,
            ErrorsCommand.class
        })
public final class ObjectbusCli {

    /** The topic prefix of the protocol, version 1 (docs/PROTOCOL.md). */
    static final String PREFIX = "ob/v1";

    static final int WRITE_NOT_APPLIED = 1;
    static final int UNREACHABLE = 3;
    static final int NO_ANSWER = 4;

    /** The node did not answer in time, or had nothing that matched. */
    static final class NoAnswer extends RuntimeException {
        NoAnswer(String message) {
            super(message);
        }
    }

    @Option(
            names = {"-H", "--host"},
            defaultValue = "${env:OBJECTBUS_HOST:-127.0.0.1}",
            description = "the broker's host (default: ${DEFAULT-VALUE}, or OBJECTBUS_HOST)")
    String host;

    @Option(
            names = "--port",
            defaultValue = "${env:OBJECTBUS_PORT}",
            description = "the broker's MQTT port (default 1883, 8883 with --tls, or OBJECTBUS_PORT)")
    Integer port;

    @Option(names = "--tls", description = "MQTT over TLS; the JVM's trust store judges the broker's certificate")
    boolean tls;

    @Option(
            names = "--cafile",
            paramLabel = "<PEM>",
            description = "MQTT over TLS, trusting the CA certificates of this PEM file (a site CA) only")
    Path caFile;

    @Option(
            names = "--user",
            defaultValue = "${env:OBJECTBUS_USER}",
            description = "the identity to log in as (or OBJECTBUS_USER); replies come under reply/<user>/")
    String user;

    @Option(
            names = "--password",
            defaultValue = "${env:OBJECTBUS_PASSWORD}",
            description = "its password (or OBJECTBUS_PASSWORD, which keeps it out of the process list)")
    String password;

    @Option(
            names = "--timeout",
            defaultValue = "10",
            description = "seconds to wait for a node's answer (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--json", description = "JSON for scripts, one document a line, instead of tables")
    boolean json;

    @Option(
            names = "--color",
            negatable = true,
            description = "colours; by default on a terminal only, and never with NO_COLOR set")
    Boolean color;

    private Terminal terminal;

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
            return e instanceof NoAnswer ? NO_ANSWER : UNREACHABLE;
        });
        return line.execute(args);
    }

    BusClient connect() {
        boolean secure = tls || caFile != null;
        int brokerPort = port != null ? port : secure ? 8883 : 1883;
        return BusClient.connect(new BusClient.Connection(host, brokerPort, secure, caFile, user, password));
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    Terminal terminal(CommandLine command) {
        if (terminal == null) {
            terminal = Terminal.of(color, command.getErr());
        }
        return terminal;
    }
}
