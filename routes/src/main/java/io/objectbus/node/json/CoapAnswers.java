// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;

/**
 * What a CoAP device's answer means for the adapter (RFC 7252 §5.9): a 2.xx is done; a 4.xx or 5.xx is the device's
 * refusal, with its code and diagnostic payload; no answer (Camel's CoAP producer then sets no response code) is a
 * lost device for a poll and a timeout for a write.
 */
public final class CoapAnswers {

    static final String CODE = "CamelCoapResponseCode";
    static final String METHOD = "CamelCoapMethod";
    /** The URI of a write's request, for the write route's dynamic endpoint. */
    static final String URI = "JsonDeviceUri";

    private static final int EXCERPT = 200;

    /** @throws IOException with the device's code, or that it did not answer */
    public void answered(Exchange exchange) throws IOException {
        String code = exchange.getMessage().getHeader(CODE, String.class);
        if (code == null) {
            throw new IOException("no answer from the device");
        }
        refused(exchange, code);
    }

    /** @throws TimeoutException where the device did not answer; IOException with its code where it refused */
    public void applied(Exchange exchange) throws IOException, TimeoutException {
        String code = exchange.getMessage().getHeader(CODE, String.class);
        if (code == null) {
            throw new TimeoutException("the device did not answer in time");
        }
        refused(exchange, code);
    }

    /** Makes the exchange the CoAP request for the write in its body. */
    static void request(Exchange exchange, DeviceRequest request) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(URI, request.uri());
        exchange.getMessage().setHeader(METHOD, request.method());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, request.contentType());
        exchange.getMessage().setBody(request.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(Exchange exchange, String code) throws IOException {
        if (!code.startsWith("2")) {
            byte[] body = exchange.getMessage().getBody(byte[].class);
            String said = body == null
                    ? ""
                    : new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8).strip();
            throw new IOException("CoAP " + code + (said.isEmpty() ? "" : ": " + said));
        }
    }
}
