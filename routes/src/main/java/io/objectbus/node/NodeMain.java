// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.main.Main;

/**
 * Runs a node: Camel Main with the settings of {@code application.properties}, overridden by environment variables
 * and by {@code --key=value} arguments.
 */
public final class NodeMain {

    private NodeMain() {}

    /**
     * Runs the node until Ctrl-C, or for {@code camel.main.duration-max-seconds} when that is set, then ends the JVM:
     * a library thread left behind (the broker's in-VM connector) must not keep a stopped node's process alive. A node
     * that fails to start exits with status 1.
     */
    public static void main(String[] args) throws Exception {
        Main main = create(overrides(args));
        try {
            main.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(Math.max(0, main.getExitCode()));
    }

    /** A node not yet started; tests start and stop it themselves. */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(
                overrides.getOrDefault("objectbus.config", "file:application.properties;optional=true"));
        main.configure().addConfiguration(NodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.enocean.EnoceanConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.bacnet.BacnetNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.opcua.OpcUaNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.bridges.BridgesConfiguration.class);
        overrides.forEach(main::addOverrideProperty);
        return main;
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
