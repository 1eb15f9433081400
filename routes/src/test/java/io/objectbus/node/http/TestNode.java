// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.main.Main;

/**
 * A node in the test's JVM with the route files given, no simulated site, and its HTTP server on a port the kernel
 * picks; requests go to it with the JDK's HTTP client.
 */
final class TestNode implements AutoCloseable {

    final Main main;
    final int mqttPort;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestNode(Main main, int mqttPort) {
        this.main = main;
        this.mqttPort = mqttPort;
    }

    static TestNode start(String nodeId, Path dir, Map<String, String> routeFiles) throws Exception {
        return start(nodeId, dir, routeFiles, Map.of());
    }

    /** With settings of the test's own over the defaults. */
    static TestNode start(String nodeId, Path dir, Map<String, String> routeFiles, Map<String, String> extra)
            throws Exception {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        for (Map.Entry<String, String> file : routeFiles.entrySet()) {
            Files.writeString(routes.resolve(file.getKey()), file.getValue());
        }
        int mqttPort = FreePorts.next();
        Map<String, String> settings = settings(nodeId, mqttPort, dir, routes);
        settings.putAll(extra);
        Main main = NodeMain.create(settings);
        main.start();
        return new TestNode(main, mqttPort);
    }

    static Map<String, String> settings(String nodeId, int mqttPort, Path dir, Path routes) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("camel.component.objectbus.node-id", nodeId);
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqttPort));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", dir.resolve("data").toString());
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", routes.toString());
        settings.put("objectbus.http.port", "0");
        return settings;
    }

    String url() {
        return main.getCamelContext().hasService(HttpServerService.class).url();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        main.stop();
    }
}
