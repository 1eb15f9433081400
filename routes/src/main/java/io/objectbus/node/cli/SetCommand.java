// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus set <node>/<object>/<resource> <value> [-p 8] [--owner] [--ttl]}: a write, and its final reply.
 * Exit 0 when applied or stored, 1 when failed, timed out or rejected.
 */
@Command(name = "set", description = "Write a resource at a priority and print the outcome.")
final class SetCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE/OBJECT/RESOURCE")
    String target;

    @Parameters(
            index = "1",
            paramLabel = "VALUE",
            description = "a JSON value (22.5, true, \"auto\"); null relinquishes")
    String value;

    @Option(
            names = {"-p", "--priority"},
            description = "1 (highest) to 16; 16 when left out")
    Integer priority;

    @Option(names = "--owner", description = "who writes")
    String owner;

    @Option(names = "--ttl", description = "seconds after which the level relinquishes itself")
    Double ttl;

    @Override
    public Integer call() {
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
        NodeApi.Answer answer =
                cli.api().put("/api/objects/" + Target.of(target, 3).path(), write.toString());
        JsonNode reply = answer.ok() ? answer.json() : answer.json().path("reply");
        if (reply.isMissingNode()) {
            NodeApi.required(answer);
        }
        if (cli.json) {
            spec.commandLine().getOut().println(reply);
        } else {
            String reason = reply.path("reason").asText("");
            spec.commandLine()
                    .getOut()
                    .println(reply.path("status").asText() + (reason.isEmpty() ? "" : ": " + reason));
        }
        return answer.ok() ? 0 : ObjectbusCli.WRITE_NOT_APPLIED;
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
