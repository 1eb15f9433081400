// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus errors}: the nodes' {@code $errors} reports as they come, until interrupted or for {@code --count}.
 * MQTT keeps no history of them; {@code --recent} reads the last 100 a node kept from its REST API instead.
 */
@Command(name = "errors", description = "Print $errors reports as they come (--recent: the last ones, over HTTP).")
final class ErrorsCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--node",
            defaultValue = "+",
            description = "the node whose reports to watch; every node's by default")
    String node;

    @Option(names = "--count", defaultValue = "0", description = "stop after this many reports; 0 for never")
    int count;

    @Option(names = "--recent", description = "the last 100 reports the node kept, from its REST API (--url)")
    boolean recent;

    @Option(
            names = "--url",
            defaultValue = "${env:OBJECTBUS_URL:-http://127.0.0.1:8080}",
            description = "the node's HTTP address for --recent (default: ${DEFAULT-VALUE}, or OBJECTBUS_URL)")
    String url;

    @Override
    public Integer call() throws InterruptedException {
        if (recent) {
            NodeApi.required(new NodeApi(url, cli.user, cli.password).get("/api/errors"))
                    .forEach(report -> print("-", report));
            return 0;
        }
        Target.of(spec.commandLine(), node + "/x", 2, true);
        try (BusClient bus = cli.connect()) {
            Stream stream = Stream.of(bus, ObjectbusCli.PREFIX + "/" + node + "/$errors");
            for (int printed = 0; count == 0 || printed < count; printed++) {
                Stream.Message message = stream.take();
                print(message.topic().split("/")[2], message.json());
            }
        }
        return 0;
    }

    private void print(String from, JsonNode report) {
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = cli.terminal(spec.commandLine());
        if (cli.json) {
            out.println(((ObjectNode) report).put("node", from));
        } else {
            out.println(terminal.dim(report.path("ts").asText("")) + " " + from + " "
                    + report.path("source").asText("") + " " + terminal.status("rejected") + ": "
                    + report.path("reason").asText(""));
        }
        out.flush();
    }
}
