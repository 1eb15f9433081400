// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged node with its simulated site serves its health, its Prometheus metrics and its REST API on its HTTP
 * server, at the address its "is running" lines give, to a plain HTTP client.
 */
class PackagedNodeHttpIT {

    private static final Duration LONG = Duration.ofSeconds(90);
    private static final Pattern HTTP_LINE = Pattern.compile("HTTP +(http://\\S+)");

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void thePackagedNodeServesHealthMetricsAndItsApiOverHttp() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.broker.mqtt-port", String.valueOf(FreePorts.next()));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.sim.bacnet.port", String.valueOf(FreePorts.next()));
        settings.put("objectbus.sim.bacnet.adapter-port", String.valueOf(FreePorts.next()));
        try (PackagedNode node =
                PackagedNode.start(NodeLayout.copy(dir), settings).awaitRunning()) {
            Matcher http = HTTP_LINE.matcher(node.stdout());
            assertThat(http.find()).as(node.output()).isTrue();
            String url = http.group(1);
            await().atMost(LONG).until(() -> get(url + "/health/ready").statusCode() == 200);
            assertThat(get(url + "/health/live").body()).contains("\"status\":\"UP\"");
            await().atMost(LONG)
                    .until(
                            () -> get(url + "/metrics").body(),
                            text -> text.contains("objectbus_adapter_connection_up{")
                                    && text.contains("objectbus_values_out_total"));
            assertThat(get(url + "/api/openapi.yaml").body())
                    .startsWith("# SPDX")
                    .contains("openapi: 3.0.3");
            String room = await().atMost(LONG)
                    .until(() -> get(url + "/api/objects/node1/room-1-01").body(), body -> body.contains("\"co2\""));
            assertThat(room).contains("\"descriptor\"", "\"values\"");
            HttpResponse<String> write = client.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/objects/node1/room-1-01/setpoint"))
                            .timeout(Duration.ofSeconds(30))
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":23.0,\"p\":8}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
            assertThat(write.body()).contains("\"status\":\"applied\"");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
