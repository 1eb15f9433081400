// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Identity;
import io.objectbus.bus.BusView;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteReply;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.time.Duration;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * {@code PUT /api/objects/{node}/{object}/{resource}} with {@code {"v":…,"p":…,"owner":…,"ttl":…}}: a write through
 * the bus's {@code $set} path (of another node's object through the routers), answered with its final reply once it
 * comes: 200 for {@code applied} and {@code stored}, 502 {@code failed}, 504 {@code timeout}, 422 {@code rejected}
 * (the last three as problem details with the reply as member {@code reply}). No thread waits meanwhile. With {@code
 * Accept: application/x-ndjson} the answer is 200 and its body every reply as it comes, one JSON line each: {@code
 * accepted}, then the final one ({@link ReplyLines}). With the broker's security on, a write needs a login
 * ({@link HttpLogin}) whose identity may publish its {@code $set}: 401 without, 403 beyond the grant.
 */
final class ApiWrite extends AsyncProcessorSupport {

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        BusView.Write write;
        BusView view;
        try {
            view = ApiReads.bus(exchange).view();
            write = write(exchange);
            mayWrite(exchange, write);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        HttpServerResponse response = wantsEveryReply(exchange) ? response(exchange) : null;
        if (response != null) {
            ReplyLines lines = new ReplyLines(response);
            view.write(write, reply -> {
                        if (!reply.isFinal()) {
                            lines.send(reply);
                        }
                    })
                    .whenComplete((reply, failure) -> {
                        try {
                            lines.end(reply);
                        } finally {
                            callback.done(false);
                        }
                    });
            return false;
        }
        view.write(write).whenComplete((reply, failure) -> {
            try {
                answer(exchange, reply);
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /** With security on, the login's identity must hold the grant to publish the write's {@code $set}. */
    private static void mayWrite(Exchange exchange, BusView.Write write) {
        AccessPolicy policy = HttpLogin.policy(exchange);
        Identity identity = HttpLogin.require(exchange, policy);
        if (identity != null) {
            String refused = policy.refusesSet(
                    identity, ApiJson.parameter(exchange, "node"), write.object(), write.resource(), write.priority());
            if (refused != null) {
                throw new ApiProblem(403, "Forbidden", refused);
            }
        }
    }

    /** The HTTP response to write the replies to as they come; null where the message does not carry it. */
    private static HttpServerResponse response(Exchange exchange) {
        HttpMessage message = exchange.getIn(HttpMessage.class);
        return message == null ? null : message.getResponse();
    }

    private static boolean wantsEveryReply(Exchange exchange) {
        String accept = exchange.getMessage().getHeader("Accept", String.class);
        return accept != null && accept.contains(ReplyLines.MEDIA_TYPE);
    }

    private static BusView.Write write(Exchange exchange) {
        JsonNode body = body(exchange);
        if (!body.isObject() || !body.has("v")) {
            throw ApiProblem.badRequest("a write is a JSON object with v (null relinquishes), and p, owner, ttl");
        }
        int priority = body.path("p").asInt(0);
        if (body.has("p") && (!body.get("p").isInt() || priority < 1 || priority > 16)) {
            throw ApiProblem.badRequest("p is a priority from 1 (highest) to 16, not " + body.get("p"));
        }
        if (body.has("ttl") && !body.get("ttl").isNumber()) {
            throw ApiProblem.badRequest("ttl is a number of seconds, not " + body.get("ttl"));
        }
        Duration ttl =
                body.has("ttl") ? Duration.ofMillis(Math.round(body.get("ttl").asDouble() * 1000)) : null;
        String owner = body.hasNonNull("owner") ? body.get("owner").asText() : null;
        return new BusView.Write(
                ApiJson.parameter(exchange, "object"),
                ApiJson.parameter(exchange, "resource"),
                Json.scalar(body.get("v")),
                priority,
                owner,
                ttl,
                ApiJson.parameter(exchange, "node"));
    }

    private static JsonNode body(Exchange exchange) {
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            throw ApiProblem.badRequest("a write needs a JSON body: {\"v\":…,\"p\":…}");
        }
        try {
            return Json.parse(bytes);
        } catch (IOException e) {
            throw ApiProblem.badRequest(
                    "the body is not JSON: " + io.objectbus.bus.ErrorReporter.firstLine(e.getMessage()));
        }
    }

    private static void answer(Exchange exchange, WriteReply reply) {
        ObjectNode json = Json.MAPPER.valueToTree(reply);
        int status =
                switch (reply.status()) {
                    case WriteReply.APPLIED, WriteReply.STORED -> 200;
                    case WriteReply.FAILED -> 502;
                    case WriteReply.TIMEOUT -> 504;
                    default -> 422;
                };
        if (status == 200) {
            ApiJson.answer(exchange, json);
        } else {
            ObjectNode extra = Json.MAPPER.createObjectNode();
            extra.set("reply", json);
            new ApiProblem(status, "Write " + reply.status(), String.valueOf(reply.reason()), extra).writeTo(exchange);
        }
    }
}
