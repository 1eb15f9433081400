// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus cmd <node>/<object> <name> [key=value …]}: a {@code $cmd} and each of its replies as it comes
 * (accepted, progress …, then done or failed; or rejected alone). Exit 0 when done, 1 when failed, rejected or refused
 * by the broker, 4 when no reply came.
 */
@Command(name = "cmd", description = "Run an object's command and print its progress and outcome as they come.")
final class CmdCommand implements Callable<Integer> {

    private static final Set<String> FINAL = Set.of("done", "failed", "rejected");

    /** A command runs at most an hour on the node (docs/PROTOCOL.md#commands); its progress comes meanwhile. */
    private static final Duration NEXT_REPLY = Duration.ofMinutes(61);

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE/OBJECT")
    String target;

    @Parameters(index = "1", paramLabel = "NAME", description = "a command the object's descriptor lists")
    String name;

    @Parameters(
            index = "2..*",
            paramLabel = "KEY=VALUE",
            description = "the command's arguments; each value JSON (3, true, \"a b\") or else text")
    List<String> args = List.of();

    @Override
    public Integer call() throws InterruptedException {
        Target object = Target.of(spec.commandLine(), target, 2, false);
        String topic = ObjectbusCli.PREFIX + "/" + object.path() + "/$cmd";
        ObjectNode request = Json.MAPPER.createObjectNode().put("cmd", name);
        request.set("args", arguments());
        try (BusClient bus = cli.connect()) {
            Replies replies = Replies.send(bus, topic, request.toString());
            if (replies.pubackCode() >= 0x80) {
                print(Json.MAPPER
                        .createObjectNode()
                        .put("status", "refused")
                        .put(
                                "reason",
                                "the broker did not allow the command (reason code 0x"
                                        + Integer.toHexString(replies.pubackCode()) + ")"));
                return ObjectbusCli.WRITE_NOT_APPLIED;
            }
            JsonNode reply = replies.next(cli.timeout());
            if (reply == null) {
                throw new ObjectbusCli.NoAnswer("no reply to the command on " + topic + " within "
                        + cli.timeout().toSeconds() + " s: is node " + object.node() + " there?");
            }
            while (reply != null && !FINAL.contains(reply.path("status").asText())) {
                print(reply);
                reply = replies.next(NEXT_REPLY);
            }
            if (reply == null) {
                throw new ObjectbusCli.NoAnswer("the command was accepted, but it did not end");
            }
            print(reply);
            return reply.path("status").asText().equals("done") ? 0 : ObjectbusCli.WRITE_NOT_APPLIED;
        }
    }

    private ObjectNode arguments() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "an argument is key=value, got " + arg);
            }
            json.set(arg.substring(0, eq), parse(arg.substring(eq + 1)));
        }
        return json;
    }

    private void print(JsonNode reply) {
        PrintWriter out = spec.commandLine().getOut();
        if (cli.json) {
            out.println(reply);
        } else {
            String status = reply.path("status").asText();
            String line = cli.terminal(spec.commandLine()).status(status);
            if (status.equals("progress")) {
                line += " " + reply.path("done").asInt() + "/"
                        + reply.path("of").asInt()
                        + (reply.hasNonNull("text") ? ": " + reply.get("text").asText() : "");
            } else if (reply.has("reason")) {
                line += ": " + reply.get("reason").asText();
            } else if (reply.has("result")) {
                line += " " + reply.get("result");
            }
            out.println(line);
        }
        out.flush();
    }

    /** A JSON value, or else the text as a string: {@code mode=auto} is "auto". */
    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return Json.MAPPER.getNodeFactory().textNode(text);
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(text);
        }
    }
}
