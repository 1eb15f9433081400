// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code objectbus objects [--node] [--object] [--type] [--protocol] [--tag]}: the objects, as a table. */
@Command(name = "objects", aliases = "discover", description = "List objects, with the filters of discovery.")
final class ObjectsCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--node", description = "glob of node ids")
    String node;

    @Option(names = "--object", description = "glob of object ids")
    String object;

    @Option(names = "--type", description = "object type")
    String type;

    @Option(names = "--protocol", description = "protocol")
    String protocol;

    @Option(names = "--tag", description = "a tag the object carries")
    String tag;

    @Override
    public Integer call() {
        List<String> query = new ArrayList<>();
        add(query, "node", node);
        add(query, "object", object);
        add(query, "type", type);
        add(query, "protocol", protocol);
        add(query, "tag", tag);
        JsonNode objects = NodeApi.required(cli.api().get("/api/objects?" + String.join("&", query)));
        if (cli.json) {
            spec.commandLine().getOut().println(objects);
            return 0;
        }
        Table table = new Table("NODE", "OBJECT", "TYPE", "PROTOCOL", "RESOURCES");
        for (JsonNode o : objects) {
            List<String> resources = new ArrayList<>();
            o.path("resources").forEach(r -> resources.add(r.asText()));
            table.row(
                    o.path("node").asText(),
                    o.path("id").asText(),
                    o.path("type").asText(""),
                    o.path("protocol").asText(""),
                    String.join(",", resources));
        }
        table.print(spec.commandLine().getOut());
        return 0;
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + NodeApi.encode(value));
        }
    }
}
