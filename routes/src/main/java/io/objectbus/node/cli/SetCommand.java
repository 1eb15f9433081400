// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus set <node>/<object>/<resource> <value> [-p 8] [--owner] [--ttl]}: a {@code $set} and each of its
 * replies as it comes (accepted, then applied, failed or timeout; or stored, or rejected alone). Exit 0 when applied
 * or stored, 1 when failed, timed out, rejected or refused by the broker, 4 when no reply came.
 */
@Command(name = "set", description = "Write a resource at a priority and print each reply as it comes.")
final class SetCommand implements Callable<Integer> {

    private static final Set<String> TOOK_EFFECT = Set.of("applied", "stored");

    /** The node answers a write it accepted within its write timeout (10 s by default); this leaves it room. */
    private static final Duration FINAL_REPLY = Duration.ofSeconds(60);

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE/OBJECT/RESOURCE")
    String target;

    @Parameters(
            index = "1",
            paramLabel = "VALUE",
            description = "a JSON value (22.5, true, \"auto\", or auto); null relinquishes the level")
    String value;

    @Option(
            names = {"-p", "--priority"},
            description = "1 (highest) to 16; 16 when left out")
    Integer priority;

    @Option(names = "--owner", description = "who writes, recorded with the level")
    String owner;

    @Option(names = "--ttl", description = "seconds after which the level relinquishes itself")
    Double ttl;

    @Override
    public Integer call() throws InterruptedException {
        Target resource = Target.of(spec.commandLine(), target, 3, false);
        String topic = ObjectbusCli.PREFIX + "/" + resource.path() + "/$set";
        try (BusClient bus = cli.connect()) {
            Replies replies = Replies.send(bus, topic, request().toString());
            if (replies.pubackCode() >= 0x80) {
                print(refusal(replies.pubackCode()));
                return ObjectbusCli.WRITE_NOT_APPLIED;
            }
            JsonNode reply = replies.next(cli.timeout());
            if (reply == null) {
                throw new ObjectbusCli.NoAnswer("no reply to the write on " + topic + " within "
                        + cli.timeout().toSeconds() + " s: is node " + resource.node() + " there?");
            }
            while (reply != null && reply.path("status").asText().equals("accepted")) {
                print(reply);
                reply = replies.next(FINAL_REPLY);
            }
            if (reply == null) {
                throw new ObjectbusCli.NoAnswer("the write was accepted, but no final reply came");
            }
            print(reply);
            return TOOK_EFFECT.contains(reply.path("status").asText()) ? 0 : ObjectbusCli.WRITE_NOT_APPLIED;
        }
    }

    private ObjectNode request() {
        ObjectNode write = Json.MAPPER.createObjectNode();
        write.set("v", parse(value));
        if (priority != null) {
            write.put("p", priority);
        }
        if (owner != null) {
            write.put("owner", owner);
        }
        if (ttl != null) {
            write.put("ttl", ttl);
        }
        return write;
    }

    /** The broker's refusal (an identity's grant, docs/security.md) in the shape of a reply. */
    private static JsonNode refusal(int code) {
        return Json.MAPPER
                .createObjectNode()
                .put("status", "refused")
                .put("reason", "the broker did not allow the write (reason code 0x" + Integer.toHexString(code) + ")");
    }

    private void print(JsonNode reply) {
        PrintWriter out = spec.commandLine().getOut();
        if (cli.json) {
            out.println(reply);
        } else {
            String reason = reply.path("reason").asText("");
            JsonNode effective = reply.path("effective");
            out.println(
                    cli.terminal(spec.commandLine()).status(reply.path("status").asText())
                            + (reason.isEmpty() ? "" : ": " + reason)
                            + (effective.isObject()
                                    ? "  (in control: " + effective.path("v") + " at priority "
                                            + effective.path("p").asText("-") + ")"
                                    : ""));
        }
        out.flush();
    }

    /** A JSON value, or else the text as a string: {@code set … auto} writes "auto". */
    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(text);
        }
    }
}
