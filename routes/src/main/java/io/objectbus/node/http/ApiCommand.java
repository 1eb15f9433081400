// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Identity;
import io.objectbus.bus.BusView;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * {@code POST /api/objects/{node}/{object}/commands/{cmd}} with the command's arguments as a JSON object (or no body):
 * the command through the bus's {@code $cmd} path (of another node's object through the routers), answered when it
 * ends with every reply it got, {@code accepted} and {@code progress} included: 200 for {@code done}, 502
 * {@code failed}, 422 {@code rejected}, 504 {@code timeout} (the last three as problem details with member
 * {@code replies}). No thread waits meanwhile.
 */
final class ApiCommand extends AsyncProcessorSupport {

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        BusView.Command command;
        BusView view;
        try {
            view = ApiReads.bus(exchange).view();
            command = command(exchange);
            mayAsk(exchange, command);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        ArrayNode replies = Json.MAPPER.createArrayNode();
        view.command(command, reply -> {
                    synchronized (replies) {
                        replies.add(reply);
                    }
                })
                .whenComplete((last, failure) -> {
                    try {
                        synchronized (replies) {
                            answer(exchange, last, replies);
                        }
                    } catch (RuntimeException e) {
                        exchange.setException(e);
                    } finally {
                        callback.done(false);
                    }
                });
        return false;
    }

    /** With security on, the login's identity must hold the grant to publish the object's {@code $cmd}. */
    private static void mayAsk(Exchange exchange, BusView.Command command) {
        AccessPolicy policy = HttpLogin.policy(exchange);
        Identity identity = HttpLogin.require(exchange, policy);
        if (identity != null) {
            String refused = policy.refusesCommand(identity, command.node(), command.object(), command.name());
            if (refused != null) {
                throw new ApiProblem(403, "Forbidden", refused);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static BusView.Command command(Exchange exchange) {
        JsonNode args = body(exchange);
        if (!args.isObject()) {
            throw ApiProblem.badRequest("the body is the command's arguments as a JSON object, e.g. {\"to\":3}");
        }
        return new BusView.Command(
                ApiJson.parameter(exchange, "node"),
                ApiJson.parameter(exchange, "object"),
                ApiJson.parameter(exchange, "cmd"),
                Json.MAPPER.convertValue(args, Map.class));
    }

    private static JsonNode body(Exchange exchange) {
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.parse(bytes);
        } catch (IOException e) {
            throw ApiProblem.badRequest(
                    "the body is not JSON: " + io.objectbus.bus.ErrorReporter.firstLine(e.getMessage()));
        }
    }

    private static void answer(Exchange exchange, JsonNode last, ArrayNode replies) {
        String status = last.path("status").asText();
        if (replies.isEmpty() || replies.get(replies.size() - 1) != last) {
            replies.add(last);
        }
        int code =
                switch (status) {
                    case "done" -> 200;
                    case "failed" -> 502;
                    case "timeout" -> 504;
                    default -> 422;
                };
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("status", status);
        if (last.has("result")) {
            json.set("result", last.get("result"));
        }
        json.set("replies", replies);
        if (code == 200) {
            ApiJson.answer(exchange, json);
        } else {
            new ApiProblem(code, "Command " + status, last.path("reason").asText(status), json).writeTo(exchange);
        }
    }
}
