// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request the API does not serve, answered as an RFC 9457 problem detail ({@code application/problem+json}:
 * {@code type}, {@code title}, {@code status}, {@code detail}, and members of its own).
 */
final class ApiProblem extends RuntimeException {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblem.class);

    /** The exchange property with the {@code WWW-Authenticate} challenge of a 401 answer. */
    static final String CHALLENGE = "objectbus.api.challenge";

    private final int status;
    private final String title;
    private final transient ObjectNode extra;

    ApiProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    ApiProblem(int status, String title, String detail, ObjectNode extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extra = extra;
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }

    static void answer(Exchange exchange) {
        ApiProblem problem = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ApiProblem.class);
        problem.writeTo(exchange);
    }

    /** A fault of the node, not of the request: logged with its stack, answered without it. */
    static void internal(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("The REST API failed on {}: {}", exchange.getMessage().getHeader(Exchange.HTTP_URI), e.toString(), e);
        new ApiProblem(500, "Internal Server Error", "the node could not answer; its log says why").writeTo(exchange);
    }

    void writeTo(Exchange exchange) {
        ApiJson.answer(exchange, status, "application/problem+json", json());
        String challenge = exchange.getProperty(CHALLENGE, String.class);
        if (challenge != null) {
            exchange.getMessage().setHeader("WWW-Authenticate", challenge);
        }
    }

    int status() {
        return status;
    }

    /** The problem detail's members. */
    ObjectNode json() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("type", "about:blank");
        json.put("title", title);
        json.put("status", status);
        json.put("detail", getMessage());
        if (extra != null) {
            json.setAll(extra);
        }
        return json;
    }
}
