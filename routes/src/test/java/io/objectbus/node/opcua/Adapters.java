// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** Adds OPC UA adapters to a test's Camel context as a route file would: a route from the opcua-source kamelet. */
final class Adapters {

    private Adapters() {}

    /** The adapter route {@code adapter-opcua-{name}}; the test's options win over the quick ones. */
    static void add(CamelContext camel, String name, String url, Map<String, String> options) throws Exception {
        OpcUaNodeConfiguration.bindBeans(camel);
        String uri = source(name, url, options);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("adapter-opcua-" + name).log(LoggingLevel.TRACE, "${header.OpcUaEvent}");
            }
        });
    }

    /** The kamelet endpoint of an adapter, sampling fast and reconnecting soon. */
    static String source(String name, String url, Map<String, String> options) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", name);
        parameters.put("endpointUrl", url);
        parameters.put("samplingInterval", "100");
        parameters.put("publishingInterval", "100");
        parameters.put("reconnectDelay", "200");
        parameters.put("reconnectMaxDelay", "1000");
        parameters.put("certificateDir", "target/opcua-client");
        parameters.putAll(options);
        return "kamelet:opcua-source?"
                + parameters.entrySet().stream()
                        .map(p -> p.getKey() + "=RAW(" + p.getValue() + ")")
                        .collect(Collectors.joining("&"));
    }
}
