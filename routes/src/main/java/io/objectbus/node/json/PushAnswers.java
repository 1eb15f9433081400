// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.camel.Exchange;

/**
 * The node's side of a device's post: only a request with the device's bearer token is read (the token compared in
 * constant time); anything else is answered 401 and reported on {@code $errors} with the payload; a payload that is
 * no JSON is answered 400 with the reason.
 */
final class PushAnswers {

    /** The exchange property that says why the post was refused, where it was. */
    static final String REFUSED = "JsonDeviceRefused";

    private static final String BEARER = "Bearer ";

    private PushAnswers() {}

    /** Whether the post carries the token; if not, answers 401 and reports it. */
    static boolean authorise(Exchange exchange, String token, String objectId) {
        String given = exchange.getMessage().getHeader("Authorization", "", String.class);
        boolean bearer = given.regionMatches(true, 0, BEARER, 0, BEARER.length());
        String presented = bearer ? given.substring(BEARER.length()).trim() : "";
        if (!token.isEmpty()
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        String reason = given.isEmpty() ? "no bearer token" : "wrong bearer token";
        JsonDevice.bus(exchange)
                .errors()
                .report(
                        "http post for " + objectId,
                        reason + " (401)",
                        exchange.getMessage().getBody(byte[].class));
        exchange.setProperty(REFUSED, reason);
        return false;
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
