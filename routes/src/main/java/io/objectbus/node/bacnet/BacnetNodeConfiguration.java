// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.northbound.bacnet.ServerSettings;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * What a node needs for BACnet/IP: the beans of the {@code bacnet-network} kamelet (in {@code kamelets/}), so that a
 * route file can attach a network; with {@code objectbus.sim.enabled} the simulated site's BACnet
 * device; with {@code objectbus.bacnet.server.enabled} the node's own BACnet/IP device (docs/adapters/bacnet.md).
 */
public class BacnetNodeConfiguration implements CamelConfiguration {

    @PropertyInject(value = "objectbus.sim.enabled", defaultValue = "true")
    private boolean simEnabled;

    @PropertyInject(value = "objectbus.sim.bacnet.port", defaultValue = "47809")
    private int simPort;

    @PropertyInject(value = "objectbus.sim.bacnet.instance", defaultValue = "1001")
    private int simInstance;

    @PropertyInject(value = "objectbus.sim.bacnet.broadcast-address", defaultValue = "127.255.255.255")
    private String simBroadcast;

    @PropertyInject(value = "objectbus.sim.bacnet.period", defaultValue = "2000")
    private long simPeriod;

    @PropertyInject(value = "objectbus.bacnet.server.enabled", defaultValue = "false")
    private boolean serverEnabled;

    @PropertyInject(value = "objectbus.bacnet.server.port", defaultValue = "47808")
    private int serverPort;

    @PropertyInject(value = "objectbus.bacnet.server.device-instance", defaultValue = "260001")
    private int serverInstance;

    @PropertyInject(
            value = "objectbus.bacnet.server.vendor-identifier",
            defaultValue = "" + ServerSettings.UNASSIGNED_VENDOR)
    private int serverVendorId;

    @PropertyInject(value = "objectbus.bacnet.server.bind-address", defaultValue = "0.0.0.0")
    private String serverBind;

    @PropertyInject(value = "objectbus.bacnet.server.broadcast-address", defaultValue = "255.255.255.255")
    private String serverBroadcast;

    @PropertyInject(value = "objectbus.bacnet.server.objects", defaultValue = "*")
    private String serverObjects;

    @PropertyInject(value = "objectbus.bacnet.server.include-bacnet", defaultValue = "false")
    private boolean serverIncludeBacnet;

    @PropertyInject(value = "objectbus.bacnet.server.write-timeout", defaultValue = "15000")
    private long serverWriteTimeout;

    @Override
    public void configure(CamelContext context) throws Exception {
        bindBeans(context);
        if (simEnabled) {
            context.addService(
                    new SimulatedDeviceService(
                            new SimulatedDeviceService.Options(simPort, simInstance, simBroadcast, simPeriod)),
                    true,
                    true);
        }
        if (serverEnabled) {
            BacnetServerService server = new BacnetServerService(new BacnetServerService.Options(
                    serverInstance,
                    deviceName(context),
                    serverVendorId,
                    serverPort,
                    serverBind,
                    serverBroadcast,
                    serverObjects,
                    serverIncludeBacnet,
                    serverWriteTimeout));
            context.addService(server, true, true);
            context.addStartupListener(server);
        }
    }

    /** The beans the {@code bacnet-network} and {@code bacnet-write} kamelets call. */
    public static void bindBeans(CamelContext context) {
        if (context.getRegistry().lookupByName(BacnetMappings.BEAN) == null) {
            context.getRegistry().bind(BacnetMappings.BEAN, new BacnetMappings());
            context.getRegistry().bind(WriteStep.BEAN, new WriteStep());
        }
    }

    /** An optional property: @PropertyInject takes no empty default. */
    private static String deviceName(CamelContext context) {
        return property(context, "objectbus.bacnet.server.device-name");
    }

    private static String property(CamelContext context, String key) {
        return context.getPropertiesComponent().resolveProperty(key).orElse("");
    }
}
