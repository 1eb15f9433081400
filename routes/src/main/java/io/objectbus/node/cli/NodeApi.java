// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The node's REST API as the command-line client calls it. */
final class NodeApi {

    /** The node could not be reached, or answered with something other than JSON. */
    static final class NodeError extends RuntimeException {
        NodeError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An answer: its HTTP status and JSON body (a problem detail when the status is not 2xx). */
    record Answer(int status, JsonNode json) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final String url;
    private final String authorization;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    NodeApi(String url) {
        this(url, null, null);
    }

    /** With a user, every request logs in as it (HTTP Basic), as the node's API asks when its security is on. */
    NodeApi(String url, String user, String password) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":" + (password == null ? "" : password))
                                        .getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(
                    request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), Json.parse(response.body()));
        } catch (IOException e) {
            throw new NodeError("no answer from " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeError("interrupted", e);
        }
    }

    /** The body of a 2xx answer; a problem detail's detail as a failure otherwise. */
    static JsonNode required(Answer answer) {
        if (!answer.ok()) {
            throw new NodeError(
                    answer.status() + " "
                            + answer.json().path("detail").asText(answer.json().toString()),
                    null);
        }
        return answer.json();
    }
}
