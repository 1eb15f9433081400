// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs a node: Camel Main with the settings of {@code application.properties}, overridden by environment variables
 * and by {@code --key=value} arguments.
 */
public final class NodeMain {

    /** Camel's graceful stop gives up on unfinished exchanges before the stop watchdog ends the JVM. */
    private static final int CAMEL_SHUTDOWN_TIMEOUT_SECONDS = 10;

    private NodeMain() {}

    /**
     * Runs the node until SIGTERM or Ctrl-C, or for {@code camel.main.duration-max-seconds} when that is set, then
     * ends the JVM: a library thread left behind (the broker's in-VM connector) must not keep a stopped node's process
     * alive. A node that fails to start (any Throwable) says why in one line and exits with status 1; a stop that
     * hangs is ended after {@code objectbus.stop-timeout} seconds ({@link StopWatchdog}).
     */
    public static void main(String[] args) {
        Main main = create(overrides(args));
        StopWatchdog.install(() -> stopTimeout(main));
        System.exit(run(main));
    }

    private static int run(Main main) {
        try {
            main.run();
            return Math.max(0, main.getExitCode());
        } catch (Throwable failure) {
            StartFailure.handle(main, failure);
            return 1;
        }
    }

    private static Duration stopTimeout(Main main) {
        CamelContext context = main.getCamelContext();
        if (context == null) {
            return StopWatchdog.DEFAULT_BOUND;
        }
        return context.getPropertiesComponent()
                .resolveProperty("objectbus.stop-timeout")
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
                .orElse(StopWatchdog.DEFAULT_BOUND);
    }

    /** A node not yet started; tests start and stop it themselves. */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main() {
            @Override
            protected CamelContext createCamelContext() {
                CamelContext context = super.createCamelContext();
                EnvironmentSettings.install(context);
                return context;
            }
        };
        main.setDefaultPropertyPlaceholderLocation(
                overrides.getOrDefault("objectbus.config", "file:application.properties;optional=true"));
        main.configure().setShutdownTimeout(CAMEL_SHUTDOWN_TIMEOUT_SECONDS);
        main.configure().addConfiguration(NodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.enocean.EnoceanConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.dali.DaliNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.bacnet.BacnetNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.lorawan.LorawanNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.opcua.OpcUaNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.modbus.ModbusNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.coap.CoapNodeConfiguration.class);
        main.configure().addConfiguration(PropertyAdapters.class);
        main.configure().addConfiguration(io.objectbus.node.history.HistoryNodeConfiguration.class);
        main.configure().addConfiguration(io.objectbus.node.http.HttpConfiguration.class);
        main.addMainListener(new StartSteps());
        overrides.forEach(main::addOverrideProperty);
        return main;
    }

    /**
     * Steps of a run outside Camel's own start: the broker's start is awaited before the context starts, so that its
     * failure is told once, by the node (Camel would log it twice more, with a stack trace); "is running" once every
     * part of the node has started, and only then.
     */
    private static final class StartSteps extends MainListenerSupport {
        @Override
        public void beforeStart(BaseMainSupport main) {
            BrokerService broker = main.getCamelContext().hasService(BrokerService.class);
            if (broker != null) {
                broker.awaitStarted();
            }
        }

        @Override
        public void afterStart(BaseMainSupport main) {
            NodeStartup.routesStarted(main.getCamelContext());
            NodeStartup.printWhereToLook(main.getCamelContext());
        }
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
