// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;

/** Instantiates the OPC UA templates in a test's Camel context, as a YAML file or properties would. */
final class Adapters {

    private Adapters() {}

    /** The source (and, when writable, the writes) routes of an adapter; the test's options win over the quick ones. */
    static void add(CamelContext camel, String name, String url, Map<String, String> options) throws Exception {
        new OpcUaNodeConfiguration().configure(camel);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", name);
        parameters.put("endpointUrl", url);
        parameters.put("samplingInterval", "100");
        parameters.put("publishingInterval", "100");
        parameters.put("reconnectDelay", "200");
        parameters.put("reconnectMaxDelay", "1000");
        parameters.put("certificateDir", "target/opcua-client");
        parameters.putAll(options);
        TemplatedRouteBuilder source = TemplatedRouteBuilder.builder(camel, OpcUaRouteTemplates.SOURCE);
        parameters.forEach(source::parameter);
        source.add();
        if ("true".equals(parameters.get("writable"))) {
            TemplatedRouteBuilder.builder(camel, OpcUaRouteTemplates.WRITES)
                    .parameter("name", name)
                    .add();
        }
    }
}
