// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;

/**
 * What an HTTP device's answer means for the adapter: a 2xx is done; another status is the device's refusal, with
 * its status, reason and the start of what it said; a request that took too long is a timeout.
 */
public final class HttpAnswers {

    private static final int EXCERPT = 200;

    /** Sets the body and headers of the device's request for the write in the body. */
    public static void request(Exchange exchange, JsonDevice device) {
        DeviceRequest request = device.request(exchange.getMessage().getBody(io.objectbus.bus.WriteCommand.class));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_URI, request.uri());
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, request.method());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, request.contentType());
        exchange.getMessage().setBody(request.body());
    }

    /** @throws IOException with the device's status and reason, where it is not 2xx */
    public void answered(Exchange exchange) throws IOException {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null) {
            throw new IOException("no answer from the device");
        }
        if (status < 200 || status > 299) {
            String text = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_TEXT, "", String.class);
            String said = excerpt(exchange.getMessage().getBody(byte[].class));
            throw new IOException(("HTTP " + status + " " + text).trim() + (said.isEmpty() ? "" : ": " + said));
        }
    }

    /** Rethrows the failure of a request; one that took too long as a {@link TimeoutException}. */
    public void failed(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                throw new TimeoutException("the device did not answer in time: " + t.getMessage());
            }
        }
        throw failure;
    }

    private static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
