// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./objectbus users}: adds, rotates, revokes and lists the identities of the broker's identities file. A
 * running node takes the change from its next connect; the password is read from the terminal or standard input,
 * never from the command line (where other users and the shell history would see it).
 */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Manage the identities that may connect to the node's broker (docs/security.md).",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.Rotate.class,
            UsersCommand.Revoke.class,
            UsersCommand.ListAll.class
        })
public final class UsersCommand {

    @Option(
            names = "--file",
            defaultValue = "identities.yaml",
            description = "The identities file (objectbus.broker.identities-file); default: ${DEFAULT-VALUE}",
            scope = CommandLine.ScopeType.INHERIT)
    Path file;

    public static void main(String[] args) {
        System.exit(new CommandLine(new UsersCommand()).execute(args));
    }

    IdentityFile identities() {
        return new IdentityFile(file);
    }

    /** One line per identity: its name, role and grants as the role uses them; never its hash. */
    static String describe(Identity identity) {
        StringBuilder line = new StringBuilder(identity.name()).append("  ").append(identity.role());
        switch (identity.role()) {
            case operator ->
                line.append("  objects ")
                        .append(identity.objects().isEmpty() ? "*" : String.join(",", identity.objects()))
                        .append("  priority ")
                        .append(identity.priority())
                        .append(" or lower");
            case adapter ->
                line.append("  objects ")
                        .append(identity.objects().isEmpty() ? "*" : String.join(",", identity.objects()));
            case device -> line.append("  topics ").append(String.join(",", identity.topics()));
            default -> {}
        }
        if (identity.certificate() != null) {
            line.append("  certificate ").append(identity.certificate());
        }
        if (identity.password() == null) {
            line.append("  (certificate only)");
        }
        return line.toString();
    }

    static char[] readPassword(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] password = console.readPassword("%s", prompt);
            char[] again = console.readPassword("again: ");
            if (password == null || !java.util.Arrays.equals(password, again)) {
                throw new CommandLine.ParameterException(new CommandLine(new UsersCommand()), "the passwords differ");
            }
            return password;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IOException("no password on standard input");
        }
        return line.toCharArray();
    }

    @Command(name = "add", description = "Add an identity (or replace one of the same name).")
    static final class Add implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand parent;

        @Parameters(index = "0", description = "the user name clients log in with")
        String name;

        @Option(names = "--role", required = true, description = "admin, router, operator, viewer, adapter or device")
        Role role;

        @Option(names = "--objects", split = ",", description = "object id patterns (room-*) an operator may write")
        List<String> objects = List.of();

        @Option(
                names = "--priority",
                defaultValue = "16",
                description = "highest write priority (1-16) an operator may use")
        int priority;

        @Option(
                names = "--topics",
                split = ",",
                description = "a device's own topic filters (default devices/<name>/#)")
        List<String> topics = List.of();

        @Option(
                names = "--certificate",
                description = "the subject of a client certificate that logs in as this identity")
        String certificate;

        @Option(names = "--no-password", description = "log in by client certificate only")
        boolean noPassword;

        @Override
        public Integer call() throws IOException {
            String hash = noPassword ? null : PasswordHash.create(readPassword("password for " + name + ": "));
            Identity identity = new Identity(name, hash, role, objects, priority, topics, certificate);
            Map<String, Identity> all = new LinkedHashMap<>(parent.identities().read());
            all.put(name, identity);
            parent.identities().write(all);
            System.out.println("added " + describe(identity));
            return 0;
        }
    }

    @Command(name = "rotate", description = "Give an identity a new password.")
    static final class Rotate implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand parent;

        @Parameters(index = "0")
        String name;

        @Override
        public Integer call() throws IOException {
            Map<String, Identity> all = new LinkedHashMap<>(parent.identities().read());
            Identity identity = all.get(name);
            if (identity == null) {
                System.err.println("no identity " + name + " in " + parent.file);
                return 1;
            }
            all.put(name, identity.withPassword(PasswordHash.create(readPassword("new password for " + name + ": "))));
            parent.identities().write(all);
            System.out.println("rotated the password of " + name);
            return 0;
        }
    }

    @Command(name = "revoke", description = "Remove an identity: it cannot connect any more.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand parent;

        @Parameters(index = "0")
        String name;

        @Override
        public Integer call() throws IOException {
            Map<String, Identity> all = new LinkedHashMap<>(parent.identities().read());
            if (all.remove(name) == null) {
                System.err.println("no identity " + name + " in " + parent.file);
                return 1;
            }
            parent.identities().write(all);
            System.out.println("revoked " + name);
            return 0;
        }
    }

    @Command(name = "list", description = "List the identities (without their password hashes).")
    static final class ListAll implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand parent;

        @Override
        public Integer call() throws IOException {
            parent.identities().read().values().forEach(identity -> System.out.println(describe(identity)));
            return 0;
        }
    }
}
