// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code objectbus discover [--nodes] [--node …] [--type …] …}: objects (or nodes) as a table, with discovery's filters. */
@Command(
        name = "discover",
        aliases = "objects",
        description = "List objects (or, with --nodes, nodes) with the filters of discovery; globs with * and ?.")
final class DiscoverCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--nodes", description = "list the nodes, with their object counts, instead of objects")
    boolean nodes;

    @Option(names = "--node", description = "node ids (a plain id asks that node only)")
    String node;

    @Option(names = "--object", description = "object ids")
    String object;

    @Option(names = "--name", description = "object names")
    String name;

    @Option(names = "--type", description = "object types")
    String type;

    @Option(names = "--protocol", description = "protocols")
    String protocol;

    @Option(names = "--location", description = "locations")
    String location;

    @Option(names = "--tag", description = "a tag the object carries")
    String tag;

    @Option(names = "--resource", description = "a resource the object has")
    String resource;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("node", node);
        filters.put("object", object);
        filters.put("name", name);
        filters.put("type", type);
        filters.put("protocol", protocol);
        filters.put("location", location);
        filters.put("tag", tag);
        filters.put("resource", resource);
        Listing listing = new Listing(cli.terminal(spec.commandLine()), out(), cli.json, nodes);
        try (BusClient bus = cli.connect()) {
            new Discovery(bus, cli.timeout())
                    .ask(
                            Discovery.singleNode(node),
                            Discovery.request(nodes ? "nodes" : "objects", "summary", filters),
                            listing::add);
        }
        return listing.finish(spec.commandLine().getErr());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The replies as they come: JSON lines at once, or a table at the end with a progress line meanwhile. */
    private static final class Listing {
        private final Terminal terminal;
        private final PrintWriter out;
        private final boolean json;
        private final Table table;
        private final Map<String, Integer> totals = new LinkedHashMap<>();
        private int received;
        private String rejection;

        Listing(Terminal terminal, PrintWriter out, boolean json, boolean nodes) {
            this.terminal = terminal;
            this.out = out;
            this.json = json;
            this.table = nodes
                    ? new Table("NODE", "NAME", "VERSION", "OBJECTS", "PROTOCOLS", "LINKS")
                    : new Table("NODE", "OBJECT", "TYPE", "PROTOCOL", "LOCATION", "RESOURCES");
        }

        void add(JsonNode reply) {
            String node = reply.path("node").asText();
            if (reply.path("status").asText().equals("rejected")) {
                rejection = "node " + node + " rejected the request: "
                        + reply.path("reason").asText();
            } else if (reply.has("info")) {
                addNode(reply.path("info"), node);
            } else {
                reply.path("objects").forEach(o -> addObject(node, o));
                totals.put(node, reply.path("total").asInt());
                int total = totals.values().stream().mapToInt(Integer::intValue).sum();
                terminal.progress("discovering: " + received + " of " + total + " objects from " + totals.size()
                        + (totals.size() == 1 ? " node" : " nodes"));
            }
        }

        private void addNode(JsonNode info, String node) {
            if (json) {
                out.println(info);
                return;
            }
            table.row(
                    terminal.bold(node),
                    info.path("name").asText(""),
                    info.path("version").asText(""),
                    info.path("objects").asText(""),
                    info.path("protocols").toString(),
                    String.valueOf(info.path("links").size()));
        }

        private void addObject(String node, JsonNode object) {
            received++;
            if (json) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) object).put("node", node);
                out.println(object);
                return;
            }
            table.row(
                    node,
                    terminal.bold(object.path("id").asText()),
                    object.path("type").asText(""),
                    object.path("protocol").asText(""),
                    object.path("location").asText(""),
                    String.join(",", Discovery.texts(object.path("resources"))));
        }

        int finish(PrintWriter err) {
            terminal.progressDone();
            if (!json) {
                table.print(out);
            }
            out.flush();
            if (rejection != null) {
                err.println("objectbus: " + rejection);
                return 2;
            }
            return 0;
        }
    }
}
