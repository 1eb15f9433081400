// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.camel.Exchange;

/**
 * The node's side of a device's post: only a request with the device's bearer token is read (the token compared in
 * constant time); anything else is answered 401 and reported on {@code $errors} with the payload; a payload that is
 * no JSON is answered 400 with the reason. Over CoAP ({@code coap-device-push}) the token comes as the Uri-Query
 * option {@code token=...} and the answers are 4.01, 4.00 and 2.04.
 */
final class PushAnswers {

    /** The exchange property that says why the post was refused, where it was. */
    static final String REFUSED = "JsonDeviceRefused";

    /** The exchange property that says the object is off the bus (its route starting or stopping). */
    static final String UNAVAILABLE = "JsonDeviceUnavailable";

    private static final String BEARER = "Bearer ";
    private static final String COAP_TOKEN = "token";

    private PushAnswers() {}

    /** Whether the post carries the token; if not, answers 401 and reports it. */
    static boolean authorise(Exchange exchange, String token, String objectId) {
        String given = exchange.getMessage().getHeader("Authorization", "", String.class);
        boolean bearer = given.regionMatches(true, 0, BEARER, 0, BEARER.length());
        String presented = bearer ? given.substring(BEARER.length()).trim() : "";
        String refusal = given.isEmpty() ? "no bearer token" : "wrong bearer token";
        return check(exchange, token, presented, refusal, "http post for " + objectId, "401");
    }

    /** Whether the CoAP post carries the token as {@code ?token=...}; if not, answers 4.01 and reports it. */
    static boolean authoriseCoap(Exchange exchange, String token, String objectId) {
        String presented = exchange.getMessage().getHeader(COAP_TOKEN, "", String.class);
        exchange.getMessage().removeHeader(COAP_TOKEN);
        String refusal = presented.isEmpty() ? "no token" : "wrong token";
        return check(exchange, token, presented, refusal, "coap post for " + objectId, "4.01");
    }

    private static boolean check(
            Exchange exchange, String token, String presented, String refusal, String source, String code) {
        if (!token.isEmpty()
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        JsonDevice.bus(exchange)
                .errors()
                .report(
                        source,
                        refusal + " (" + code + ")",
                        exchange.getMessage().getBody(byte[].class));
        exchange.setProperty(REFUSED, refusal);
        return false;
    }

    /** The CoAP answer: 2.04 Changed, 4.00 Bad Request or 4.01 Unauthorized, with the reason as text. */
    static void answerCoap(Exchange exchange, String code, String text) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader("CamelCoapResponseCode", code);
        exchange.getMessage().setBody(text == null ? "" : text);
    }

    static void answer(Exchange exchange, int status, String text) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (status == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer");
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getMessage().setBody(text == null ? "" : text + "\n");
    }
}
