// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.TemplatedRouteParameterDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the OPC UA adapters of a YAML file saved while the node runs. Camel's route reloading (4.17) updates the
 * plain routes of a changed file and skips its {@code templatedRoute} entries; this watches the same folder and
 * (re)creates the entries of the OPC UA templates, replacing routes of the same id.
 */
final class OpcUaTemplatedRouteReload extends FileWatcherResourceReloadStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaTemplatedRouteReload.class);
    private static final Set<String> TEMPLATES = Set.of(OpcUaRouteTemplates.SOURCE, OpcUaRouteTemplates.WRITES);

    /** What each file held when last handled: a save fires a create and a modify event. */
    private final Map<String, String> handled = new ConcurrentHashMap<>();

    OpcUaTemplatedRouteReload(String folder, boolean recursive) {
        super(folder, recursive);
        setFileFilter(file -> file.getName().endsWith(".camel.yaml"));
        setResourceReload(this::reload);
    }

    @Override
    protected String startupMessage(File dir) {
        return null;
    }

    private void reload(String name, Resource resource) throws Exception {
        Path file = Path.of(name);
        String content = Files.exists(file) ? Files.readString(file) : null;
        if (content == null || !content.contains("opcua-") || content.equals(handled.put(name, content))) {
            return;
        }
        CamelContext context = getCamelContext();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context).findRoutesBuilders(List.of(resource))) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(context);
                routes.getTemplatedRouteCollection().setCamelContext(context);
                replace(context, routes.getTemplatedRouteCollection().getTemplatedRoutes(), name);
            }
        }
    }

    private static void replace(CamelContext context, List<TemplatedRouteDefinition> entries, String file)
            throws Exception {
        List<TemplatedRouteDefinition> ours = entries.stream()
                .filter(t -> TEMPLATES.contains(t.getRouteTemplateRef()))
                .toList();
        for (TemplatedRouteDefinition entry : ours) {
            String id = routeId(entry);
            if (id != null && context.getRoute(id) != null) {
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
            }
        }
        if (!ours.isEmpty()) {
            context.getCamelContextExtension().getContextPlugin(Model.class).addRouteFromTemplatedRoutes(ours);
            LOG.info(
                    "OPC UA adapter routes of {} (re)created: {}",
                    file,
                    ours.stream().map(OpcUaTemplatedRouteReload::routeId).toList());
        }
    }

    /** The entry's route id, or the one {@link OpcUaRouteIds} gives. */
    private static String routeId(TemplatedRouteDefinition entry) {
        if (entry.getRouteId() != null) {
            return entry.getRouteId();
        }
        String name = entry.getParameters() == null
                ? null
                : entry.getParameters().stream()
                        .filter(p -> "name".equals(p.getName()))
                        .map(TemplatedRouteParameterDefinition::getValue)
                        .findFirst()
                        .orElse(null);
        if (name == null) {
            return null;
        }
        return OpcUaRouteTemplates.WRITES.equals(entry.getRouteTemplateRef())
                ? "adapter-opcua-" + name + "-writes"
                : "adapter-opcua-" + name;
    }
}
