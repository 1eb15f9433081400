// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.transforms.opcua.OpcUaMapping;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * What a node needs for OPC UA: the mapping bean the {@code opcua-source} and {@code opcua-write} kamelets call, so
 * that a route file can attach servers; and, with {@code objectbus.opcua.server.enabled=true}, the node's own OPC UA
 * server. Listed in {@code camel.main.configuration-classes}.
 */
public class OpcUaNodeConfiguration implements CamelConfiguration {

    /** The bean with the OPC UA mapping of every adapter. */
    public static final String MAPPING = "opcuaMapping";

    @PropertyInject(value = "objectbus.opcua.server.enabled", defaultValue = "false")
    private boolean serverEnabled;

    @PropertyInject(value = "objectbus.opcua.server.host", defaultValue = "127.0.0.1")
    private String serverHost;

    @PropertyInject(value = "objectbus.opcua.server.port", defaultValue = "4840")
    private int serverPort;

    @PropertyInject(value = "objectbus.opcua.server.path", defaultValue = "/objectbus")
    private String serverPath;

    @PropertyInject(value = "objectbus.opcua.server.write-priority", defaultValue = "8")
    private int writePriority;

    @PropertyInject(value = "objectbus.opcua.server.write-timeout", defaultValue = "15000")
    private long writeTimeout;

    @PropertyInject(value = "objectbus.opcua.server.security-policy", defaultValue = "None")
    private String securityPolicy;

    @PropertyInject(value = "objectbus.opcua.server.certificate-dir", defaultValue = "data/opcua")
    private String certificateDir;

    @Override
    public void configure(CamelContext context) throws Exception {
        bindBeans(context);
        if (serverEnabled) {
            OpcUaServerService server = new OpcUaServerService(new OpcUaServerService.Options(
                    serverHost,
                    serverPort,
                    serverPath,
                    writePriority,
                    writeTimeout,
                    securityPolicy,
                    optional(context, "objectbus.opcua.server.username"),
                    optional(context, "objectbus.opcua.server.password"),
                    certificateDir));
            context.addService(server, true, true);
            context.addStartupListener(server);
        }
    }

    /** The beans the OPC UA kamelets call, once per context. */
    public static void bindBeans(CamelContext context) {
        if (context.getRegistry().lookupByName(MAPPING) == null) {
            context.getRegistry().bind(MAPPING, new OpcUaMapping());
        }
    }

    /** An optional property: @PropertyInject takes no empty default. */
    private static String optional(CamelContext context, String key) {
        return context.getPropertiesComponent().resolveProperty(key).orElse("");
    }
}
