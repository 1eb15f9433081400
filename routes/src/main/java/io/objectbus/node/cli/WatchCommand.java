// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus watch <node>/<object>[/<resource>]}: each value as the node publishes it, the current ones first (a
 * new subscription gets them as retained messages), until interrupted or for {@code --count} values. {@code +} stands
 * for any node, object or resource.
 */
@Command(name = "watch", description = "Print values as they change; + for any node, object or resource.")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NODE/OBJECT[/RESOURCE]", description = "e.g. node1/room-1-01, node1/+/temperature")
    String target;

    @Option(names = "--count", defaultValue = "0", description = "stop after this many values; 0 for never")
    int count;

    @Override
    public Integer call() throws InterruptedException {
        int levels = target.split("/", -1).length == 3 ? 3 : 2;
        Target watched = Target.of(spec.commandLine(), target, levels, true);
        String filter = ObjectbusCli.PREFIX + "/" + watched.path() + (levels == 2 ? "/+" : "");
        Terminal terminal = cli.terminal(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        try (BusClient bus = cli.connect()) {
            Stream stream = Stream.of(bus, filter);
            for (int printed = 0; count == 0 || printed < count; ) {
                Stream.Message message = stream.take();
                String path = message.topic().substring(ObjectbusCli.PREFIX.length() + 1);
                if (path.contains("$") || !message.json().has("ts")) {
                    continue; // the object's $info, not a value
                }
                if (cli.json) {
                    out.println(((ObjectNode) message.json()).put("topic", message.topic()));
                } else {
                    out.println(terminal.dim(message.json().path("ts").asText()) + " " + path + " "
                            + terminal.bold(message.json().path("v").asText("null")) + " "
                            + message.json().path("u").asText("") + " "
                            + terminal.status(message.json().path("q").asText("")));
                }
                out.flush();
                printed++;
            }
        }
        return 0;
    }
}
