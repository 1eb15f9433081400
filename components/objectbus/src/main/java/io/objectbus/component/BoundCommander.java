// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusCommand;
import io.objectbus.bus.CommandHandler;
import io.objectbus.bus.CommandProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The command endpoint a describing route names ({@code objectbus:describe?commandUri=...}): the objects it
 * describes run their {@code $cmd}s there. Each command is an exchange whose body is the command's arguments (a Map),
 * with the headers {@code ObjectBusObject}, {@code ObjectBusCommand} and {@code ObjectBusProgress} (where the route
 * reports progress); its body when it completes is the result ({@code done}), its exception the reason it
 * {@code failed}.
 */
final class BoundCommander extends BoundEndpoint implements CommandHandler {

    /** @param from the describe endpoint: commands are its exchanges, which the route lifecycle does not count. */
    BoundCommander(CamelContext context, String uri, Endpoint from) {
        super(context, uri, from);
    }

    @Override
    public CompletionStage<Map<String, Object>> run(BusCommand command, CommandProgress progress) {
        Exchange exchange = createExchange();
        Message message = exchange.getMessage();
        message.setBody(new LinkedHashMap<>(command.args()));
        message.setHeader(ObjectBusConstants.OBJECT, command.objectId());
        message.setHeader(ObjectBusConstants.COMMAND, command.name());
        message.setHeader(ObjectBusConstants.PROGRESS, progress);
        return send(exchange, command.objectId(), "the command route").thenApply(BoundCommander::result);
    }

    /** A Map body is the result as it is; any other body is {@code {"value":…}}; none is empty. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Exchange done) {
        Object body = done.getMessage().getBody();
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return body == null ? Map.of() : Map.of("value", body);
    }
}
