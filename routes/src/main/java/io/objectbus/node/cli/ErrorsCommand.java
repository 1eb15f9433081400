// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code objectbus errors}: the node's last reports on {@code $errors}, oldest first. */
@Command(name = "errors", description = "Show the node's recent $errors reports.")
final class ErrorsCommand implements Callable<Integer> {

    @ParentCommand
    ObjectbusCli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode errors = NodeApi.required(cli.api().get("/api/errors"));
        if (cli.json) {
            spec.commandLine().getOut().println(errors);
            return 0;
        }
        Table table = new Table("TIME", "SOURCE", "REASON");
        errors.forEach(e -> table.row(
                e.path("ts").asText(""),
                e.path("source").asText(""),
                e.path("reason").asText("")));
        table.print(spec.commandLine().getOut());
        return 0;
    }
}
