// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.EmbeddedBroker;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs a node: Camel Main with the settings of {@code application.properties}, overridden by environment variables
 * and by {@code --key=value} arguments.
 */
public final class NodeMain {

    private NodeMain() {}

    public static void main(String[] args) throws Exception {
        Main main = create(overrides(args));
        main.run();
    }

    /** A node not yet started; tests start and stop it themselves. */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(
                overrides.getOrDefault("objectbus.config", "file:application.properties;optional=true"));
        main.configure().addConfiguration(NodeConfiguration.class);
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport support) {
                printWhereToLook(support);
            }
        });
        return main;
    }

    private static void printWhereToLook(BaseMainSupport support) {
        EmbeddedBroker broker = support.getCamelContext().getRegistry().lookupByNameAndType("broker",
                EmbeddedBroker.class);
        String node = support.getCamelContext().getPropertiesComponent()
                .resolveProperty("camel.component.objectbus.node-id").orElse("node1");
        String host = broker.settings().host().equals("0.0.0.0") ? "127.0.0.1" : broker.settings().host();
        System.out.printf("%nObjectBus node '%s' is running.%n", node);
        System.out.printf("  MQTT      %s%n", broker.settings().mqttUrl());
        if (broker.settings().webSocketPort() > 0) {
            System.out.printf("  WebSocket %s%n", broker.settings().webSocketUrl());
        }
        System.out.printf("Watch the bus:%n  mosquitto_sub -h %s -p %d -t 'ob/v1/#' -v%n", host,
                broker.settings().mqttPort());
        System.out.printf("Stop with Ctrl-C.%n%n");
    }

    /** {@code --key=value} arguments as properties that override the configuration. */
    static Map<String, String> overrides(String[] args) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --key=value, got: " + arg);
            }
            int eq = arg.indexOf('=');
            overrides.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return overrides;
    }
}
