// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.node.http.HttpServerService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;

/**
 * Once the context runs: loads and watches the route folders. Once every part of the node has started,
 * {@link #printWhereToLook} tells the user where to look (a part that fails after the routes, e.g. the OPC UA server,
 * must not be preceded by "is running").
 */
final class NodeStartup implements ExtendedStartupListener {

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
        String folders = context.getPropertiesComponent()
                .resolveProperty("objectbus.routes.folders")
                .orElse("routes/simulator,routes/adapters,routes/bridges");
        boolean simulated = context.getPropertiesComponent()
                .resolveProperty("objectbus.sim.enabled")
                .map(Boolean::parseBoolean)
                .orElse(true);
        List<Path> paths = Arrays.stream(folders.split(","))
                .map(String::trim)
                .map(Path::of)
                .filter(folder -> simulated || !isSimulatorFolder(folder))
                .toList();
        DropInRoutes.start(context, paths);
    }

    /** Without the simulated site, the simulator's adapters would only look for devices that are not there. */
    private static boolean isSimulatorFolder(Path folder) {
        return folder.getFileName() != null && folder.getFileName().toString().equals("simulator");
    }

    /** Tells the bus that the route files have loaded: what they did not describe of its previous run is gone. */
    static void routesStarted(CamelContext context) {
        ObjectBusComponent component = context.getComponent("objectbus", ObjectBusComponent.class);
        if (component != null && component.getBus() != null) {
            component.getBus().routesStarted();
        }
    }

    static void printWhereToLook(CamelContext context) {
        BrokerSettings broker = context.getRegistry()
                .lookupByNameAndType("broker", EmbeddedBroker.class)
                .settings();
        String node = context.getPropertiesComponent()
                .resolveProperty("camel.component.objectbus.node-id")
                .orElse("node1");
        String host = broker.host().equals("0.0.0.0") ? "127.0.0.1" : broker.host();
        StringBuilder text = new StringBuilder();
        text.append(String.format("%nObjectBus node '%s' is running.%n", node));
        text.append(String.format("  MQTT      %s%n", broker.mqttUrl()));
        if (broker.webSocketPort() > 0) {
            text.append(String.format("  WebSocket %s%n", broker.webSocketUrl()));
        }
        HttpServerService http = context.hasService(HttpServerService.class);
        if (http != null) {
            text.append(String.format("  HTTP      %s (health, metrics, API: docs/operations.md)%n", http.url()));
        }
        text.append(String.format(
                "Watch the bus:%n  mosquitto_sub -h %s -p %d -t 'ob/v1/#' -v%n", host, broker.mqttPort()));
        text.append(String.format("Stop with Ctrl-C.%n"));
        System.out.println(text);
    }
}
