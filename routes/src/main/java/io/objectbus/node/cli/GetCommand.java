// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus get <node>/<object>}: the object's current values, one resource a line, from a discovery with
 * {@code "detail":"full"} to that node.
 */
@Command(name = "get", description = "Show an object's current values.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NODE/OBJECT", description = "the object, e.g. node1/room-1-01")
    String target;

    @Override
    public Integer call() throws InterruptedException {
        Target object = Target.of(spec.commandLine(), target, 2, false);
        List<JsonNode> found = new ArrayList<>();
        try (BusClient bus = cli.connect()) {
            new Discovery(bus, cli.timeout())
                    .ask(
                            object.node(),
                            Discovery.request("objects", "full", Map.of("object", object.object())),
                            reply -> reply.path("objects").forEach(found::add));
        }
        if (found.isEmpty()) {
            throw new ObjectbusCli.NoAnswer("node " + object.node() + " has no object " + object.object());
        }
        print(found.get(0));
        return 0;
    }

    private void print(JsonNode description) {
        if (cli.json) {
            spec.commandLine().getOut().println(description);
            return;
        }
        Terminal terminal = cli.terminal(spec.commandLine());
        Table table = new Table("RESOURCE", "VALUE", "UNIT", "QUALITY", "TIME");
        description.path("resources").fieldNames().forEachRemaining(resource -> {
            JsonNode value = description.path("values").path(resource);
            table.row(
                    resource,
                    terminal.bold(value.path("v").asText(value.has("v") ? "null" : "")),
                    value.path("u").asText(""),
                    terminal.status(value.path("q").asText("")),
                    terminal.dim(value.path("ts").asText("")));
        });
        table.print(spec.commandLine().getOut());
    }
}
