// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Adapters written in {@code application.properties} rather than in a file of {@code routes/}: each
 * {@code objectbus.adapters.<id>.kamelet} names a kamelet of the catalogue, and every other
 * {@code objectbus.adapters.<id>.<parameter>} is one of its parameters. Each becomes the route {@code adapter-<id>}
 * that a route file {@code from: kamelet:<kamelet>} with those parameters would be (docs/node.md). Like the rest of the
 * configuration they are read at start: one that cannot be made ends the start with its reason.
 */
public class PropertyAdapters implements CamelConfiguration {

    static final String PREFIX = "objectbus.adapters.";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure(CamelContext context) throws Exception {
        Map<String, Map<String, String>> adapters =
                read(context.getPropertiesComponent().loadProperties());
        for (Map.Entry<String, Map<String, String>> adapter : adapters.entrySet()) {
            add(context, adapter.getKey(), adapter.getValue());
        }
    }

    /** The adapters' parameters by id, the kamelet's name under {@code kamelet}; ids and parameters sorted. */
    static Map<String, Map<String, String>> read(Properties properties) {
        Map<String, Map<String, String>> adapters = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                throw new NodeStartException(key + ": an adapter's key is " + PREFIX + "<id>.<parameter>", null);
            }
            adapters.computeIfAbsent(rest.substring(0, dot), id -> new TreeMap<>())
                    .put(rest.substring(dot + 1), properties.getProperty(key).trim());
        }
        return adapters;
    }

    private static void add(CamelContext context, String id, Map<String, String> parameters) {
        String where = PREFIX + id;
        try {
            String yaml = routeOf(id, parameters);
            for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context)
                    .findRoutesBuilders(
                            ResourceHelper.fromString("application-properties-" + id + ".camel.yaml", yaml))) {
                context.addRoutes(builder);
            }
        } catch (Exception e) {
            throw new NodeStartException(
                    "The adapter " + where + " of the configuration cannot be made: " + NodeStartException.reason(e),
                    e);
        }
    }

    /** The route file the adapter's properties stand for, its values quoted as JSON strings (YAML reads those). */
    static String routeOf(String id, Map<String, String> parameters) throws JsonProcessingException {
        String kamelet = parameters.get("kamelet");
        if (kamelet == null || kamelet.isBlank()) {
            throw new IllegalArgumentException("no " + PREFIX + id + ".kamelet says which kamelet it is");
        }
        StringBuilder yaml = new StringBuilder()
                .append("- route:\n")
                .append("    id: ")
                .append(JSON.writeValueAsString("adapter-" + id))
                .append("\n    from:\n      uri: ")
                .append(JSON.writeValueAsString("kamelet:" + kamelet))
                .append("\n      parameters:\n");
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals("kamelet")) {
                yaml.append("        ")
                        .append(JSON.writeValueAsString(parameter.getKey()))
                        .append(": ")
                        .append(JSON.writeValueAsString(parameter.getValue()))
                        .append('\n');
            }
        }
        return yaml.append("      steps:\n        - log:\n            loggingLevel: TRACE\n            message: ")
                .append(JSON.writeValueAsString(id + " " + kamelet))
                .append('\n')
                .toString();
    }
}
