// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.main.Main;

/**
 * A node of this JVM for the JSON device tests: an empty route folder that it reloads, its HTTP server on a port of
 * its own, and an MQTT 5 client on its bus that sees everything under ob/v1/{node}/.
 */
final class JsonDeviceNode implements AutoCloseable {

    static final String NODE = "devices";

    final Path routes;
    /** The port the node's HTTP server took (the kernel's choice: surefire sets OBJECTBUS_HTTP_PORT=0). */
    final int httpPort;

    final Paho5Probe bus;
    private final Main main;

    JsonDeviceNode(Map<String, String> extra) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "test-data"));
        routes = Files.createTempDirectory(data, "json-device-routes-");
        int mqttPort = FreePorts.next();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("camel.component.objectbus.node-id", NODE);
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqttPort));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", "target/test-data/json-device-" + System.nanoTime());
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", routes.toString());
        settings.put("objectbus.routes.reload", "true");
        settings.put("objectbus.http.host", "127.0.0.1");
        settings.putAll(extra);
        main = NodeMain.create(settings);
        main.start();
        httpPort = main.getCamelContext()
                .hasService(io.objectbus.node.http.HttpServerService.class)
                .port();
        bus = new Paho5Probe("tcp://127.0.0.1:" + mqttPort, "json-device-test");
        bus.subscribe("ob/v1/" + NODE + "/#", 1);
        bus.subscribe("test/replies", 1);
    }

    org.apache.camel.CamelContext context() {
        return main.getCamelContext();
    }

    static String topic(String rest) {
        return "ob/v1/" + NODE + "/" + rest;
    }

    void drop(String file, String text) throws Exception {
        Files.writeString(routes.resolve(file), text);
    }

    @Override
    public void close() throws Exception {
        bus.close();
        main.stop();
    }
}
