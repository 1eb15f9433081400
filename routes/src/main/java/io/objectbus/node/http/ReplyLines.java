// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.Json;
import io.objectbus.bus.WriteReply;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The replies of one write as lines of JSON ({@code application/x-ndjson}), each sent as it comes: {@code accepted},
 * then the final reply, which ends the response. Written straight to the HTTP response (chunked), as a body handed to
 * Camel would go out only whole; the node's HTTP server then leaves the ended response alone.
 */
final class ReplyLines {

    static final String MEDIA_TYPE = "application/x-ndjson";

    private final HttpServerResponse response;
    private boolean started;
    private boolean ended;

    ReplyLines(HttpServerResponse response) {
        this.response = response;
    }

    /** A reply that others follow. */
    synchronized void send(WriteReply reply) {
        if (!ended) {
            start();
            response.write(line(reply));
        }
    }

    /** The final reply; the response ends with it. */
    synchronized void end(WriteReply reply) {
        if (!ended) {
            ended = true;
            start();
            response.end(line(reply));
        }
    }

    private void start() {
        if (!started) {
            started = true;
            response.setStatusCode(200).setChunked(true).putHeader("Content-Type", MEDIA_TYPE);
        }
    }

    private static Buffer line(WriteReply reply) {
        try {
            return Buffer.buffer(Json.MAPPER.writeValueAsString(reply) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
