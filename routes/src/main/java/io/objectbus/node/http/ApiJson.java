// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Answers of the API as JSON. */
final class ApiJson {

    private ApiJson() {}

    static void answer(Exchange exchange, Object body) {
        answer(exchange, 200, "application/json", body);
    }

    static void answer(Exchange exchange, int status, String contentType, Object body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(Json.bytes(body));
    }

    /** A path or query parameter of the request; null when absent or blank. */
    static String parameter(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value;
    }
}
