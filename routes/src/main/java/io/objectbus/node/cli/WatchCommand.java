// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code objectbus watch <node>/<object>}: prints each value of the object as it changes, until interrupted or for
 * {@code --count} changes. It asks the API at an interval (the API has no stream yet), so changes between two asks
 * show as the last of them.
 */
@Command(name = "watch", description = "Print an object's values as they change.")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NODE/OBJECT")
    String target;

    @Option(names = "--interval", defaultValue = "1000", description = "ms between asks (default ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--count", defaultValue = "0", description = "stop after this many changes; 0 for never")
    int count;

    @Override
    public Integer call() throws InterruptedException {
        String path = "/api/objects/" + Target.of(target, 2).path() + "/values";
        Map<String, String> seen = new HashMap<>();
        int printed = 0;
        while (count == 0 || printed < count) {
            JsonNode values = NodeApi.required(cli.api().get(path));
            var fields = values.fields();
            while (fields.hasNext() && (count == 0 || printed < count)) {
                var value = fields.next();
                String stamp = value.getValue().path("seq").asText()
                        + value.getValue().path("ts").asText();
                if (!stamp.equals(seen.put(value.getKey(), stamp))) {
                    print(value.getKey(), value.getValue());
                    printed++;
                }
            }
            if (count == 0 || printed < count) {
                Thread.sleep(interval);
            }
        }
        return 0;
    }

    private void print(String resource, JsonNode value) {
        if (cli.json) {
            spec.commandLine()
                    .getOut()
                    .println(((com.fasterxml.jackson.databind.node.ObjectNode) value.deepCopy())
                            .put("resource", resource));
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s %s %s %s %s%n",
                            value.path("ts").asText(""),
                            target + "/" + resource,
                            value.path("v").asText("null"),
                            value.path("u").asText(""),
                            value.path("q").asText(""));
        }
        spec.commandLine().getOut().flush();
    }
}
