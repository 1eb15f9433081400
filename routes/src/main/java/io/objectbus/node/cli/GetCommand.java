// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code objectbus get <node>/<object>}: an object's current values, one resource a line. */
@Command(name = "get", description = "Show an object's current values.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NODE/OBJECT", description = "the object, e.g. node1/room-1-01")
    String target;

    @Override
    public Integer call() {
        JsonNode object = NodeApi.required(
                cli.api().get("/api/objects/" + Target.of(target, 2).path()));
        if (cli.json) {
            spec.commandLine().getOut().println(object);
            return 0;
        }
        Table table = new Table("RESOURCE", "VALUE", "UNIT", "QUALITY", "TIME");
        object.path("values")
                .fields()
                .forEachRemaining(value -> table.row(
                        value.getKey(),
                        value.getValue().path("v").asText("null"),
                        value.getValue().path("u").asText(""),
                        value.getValue().path("q").asText(""),
                        value.getValue().path("ts").asText("")));
        table.print(spec.commandLine().getOut());
        return 0;
    }
}
