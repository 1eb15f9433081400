// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.transforms.opcua.OpcUaMapping;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.TemplatedRouteParameterDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.FileUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies OPC UA adapter files saved while the node runs. Camel's route reloading (4.17) updates the plain routes of a
 * changed YAML file and skips its {@code templatedRoute} entries; this watches the same folder, (re)creates the
 * entries of the OPC UA templates (replacing routes of the same id), and when the file is deleted removes its routes
 * and the adapter's objects from the bus.
 */
final class OpcUaTemplatedRouteReload extends FileWatcherResourceReloadStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaTemplatedRouteReload.class);
    private static final Set<String> TEMPLATES = Set.of(OpcUaRouteTemplates.SOURCE, OpcUaRouteTemplates.WRITES);

    /** What a file held when last applied, and the routes and adapters it made: a save fires several events. */
    private record Applied(String content, List<String> routeIds, List<String> adapters) {}

    private final Map<String, Applied> applied = new ConcurrentHashMap<>();

    OpcUaTemplatedRouteReload(String folder, boolean recursive) {
        super(folder, recursive);
        setFileFilter(file -> file.getName().endsWith(".camel.yaml"));
        setResourceReload(this::changed);
    }

    @Override
    protected String startupMessage(File dir) {
        return null;
    }

    /** Files the node loaded at start count as applied, so that deleting one removes its adapter too. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Path folder = Path.of(getFolder());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = isRecursive() ? Files.walk(folder) : Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                remember(file);
            }
        }
    }

    private void remember(Path file) {
        try {
            String content = Files.readString(file);
            if (content.contains(OpcUaRouteTemplates.SOURCE) || content.contains(OpcUaRouteTemplates.WRITES)) {
                Resource resource =
                        PluginHelper.getResourceLoader(getCamelContext()).resolveResource("file:" + file);
                List<TemplatedRouteDefinition> entries = entries(resource);
                List<String> ids =
                        entries.stream().map(OpcUaTemplatedRouteReload::routeId).toList();
                applied.put(FileUtil.compactPath(file.toString()), new Applied(content, ids, adapters(entries)));
            }
        } catch (Exception e) {
            LOG.debug("Route file {} is not an OPC UA adapter file the node could read: {}", file, e.getMessage());
        }
    }

    private void changed(String name, Resource resource) throws Exception {
        Path file = Path.of(name);
        if (!Files.exists(file)) {
            deleted(name);
            return;
        }
        String content = Files.readString(file);
        Applied before = applied.get(name);
        boolean ours = content.contains(OpcUaRouteTemplates.SOURCE) || content.contains(OpcUaRouteTemplates.WRITES);
        if (content.isBlank()
                || (before == null && !ours)
                || (before != null && before.content().equals(content))) {
            return; // an editor truncates before it writes; a save fires create and modify
        }
        List<TemplatedRouteDefinition> entries = entries(resource);
        List<String> ids =
                entries.stream().map(OpcUaTemplatedRouteReload::routeId).toList();
        remove(before == null ? ids : union(before.routeIds(), ids));
        if (!entries.isEmpty()) {
            getCamelContext()
                    .getCamelContextExtension()
                    .getContextPlugin(Model.class)
                    .addRouteFromTemplatedRoutes(entries);
        }
        applied.put(name, new Applied(content, ids, adapters(entries)));
        LOG.info("OPC UA adapter file {} applied: routes {}", name, ids);
    }

    private void deleted(String name) throws Exception {
        Applied before = applied.remove(name);
        if (before == null) {
            return;
        }
        remove(before.routeIds());
        OpcUaMapping mapping =
                getCamelContext().getRegistry().lookupByNameAndType(OpcUaRouteTemplates.MAPPING, OpcUaMapping.class);
        try (ProducerTemplate bus = getCamelContext().createProducerTemplate()) {
            for (String adapter : before.adapters()) {
                mapping.objectIds(adapter)
                        .forEach(id -> bus.sendBodyAndHeader("objectbus:remove", null, "ObjectBusObject", id));
            }
        }
        LOG.info("OPC UA adapter file {} deleted: routes {} and their objects removed", name, before.routeIds());
    }

    private List<TemplatedRouteDefinition> entries(Resource resource) throws Exception {
        CamelContext context = getCamelContext();
        List<TemplatedRouteDefinition> entries = new ArrayList<>();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context).findRoutesBuilders(List.of(resource))) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(context);
                routes.getTemplatedRouteCollection().setCamelContext(context);
                routes.getTemplatedRouteCollection().getTemplatedRoutes().stream()
                        .filter(t -> TEMPLATES.contains(t.getRouteTemplateRef()))
                        .forEach(entries::add);
            }
        }
        return entries;
    }

    private void remove(List<String> routeIds) throws Exception {
        CamelContext context = getCamelContext();
        for (String id : routeIds) {
            if (id != null && context.getRoute(id) != null) {
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
            }
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    private static List<String> adapters(List<TemplatedRouteDefinition> entries) {
        return entries.stream()
                .filter(t -> OpcUaRouteTemplates.SOURCE.equals(t.getRouteTemplateRef()))
                .map(t -> parameter(t, "name"))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The entry's route id, or the one {@link OpcUaRouteIds} gives. */
    private static String routeId(TemplatedRouteDefinition entry) {
        if (entry.getRouteId() != null) {
            return entry.getRouteId();
        }
        String name = parameter(entry, "name");
        if (name == null) {
            return null;
        }
        return OpcUaRouteTemplates.WRITES.equals(entry.getRouteTemplateRef())
                ? "adapter-opcua-" + name + "-writes"
                : "adapter-opcua-" + name;
    }

    private static String parameter(TemplatedRouteDefinition entry, String name) {
        return entry.getParameters() == null
                ? null
                : entry.getParameters().stream()
                        .filter(p -> name.equals(p.getName()))
                        .map(TemplatedRouteParameterDefinition::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
