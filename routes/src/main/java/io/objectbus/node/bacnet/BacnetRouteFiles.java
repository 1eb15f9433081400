// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a BACnet adapter file saved or deleted while the node runs. Camel reloads the plain routes of a changed
 * YAML file but not its {@code templatedRoute} entries; this watches the same folder and, for files with {@code
 * bacnet-network} entries, removes the routes the file made before (which closes their ports) and makes them again
 * from the new content, or only removes them when the file is gone.
 */
final class BacnetRouteFiles extends FileWatcherResourceReloadStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(BacnetRouteFiles.class);

    /** What a file made, and from which content: one save fires several events. */
    private record Applied(String content, List<String> routeIds) {}

    private final Map<String, Applied> applied = new ConcurrentHashMap<>();

    BacnetRouteFiles(String folder, boolean recursive) {
        super(folder, recursive);
        setFileFilter(file -> file.getName().endsWith(".camel.yaml"));
        setResourceReload(
                (name, resource) -> changed(Path.of(name).toAbsolutePath().toString(), resource));
    }

    @Override
    protected String startupMessage(File dir) {
        return null;
    }

    /** Files the node loaded at start count as applied, so that deleting one removes its routes. */
    @Override
    protected void doStart() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(getFolder()))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                String content = Files.readString(file);
                if (content.contains(BacnetRoutes.TEMPLATE)) {
                    Resource resource =
                            ResourceHelper.resolveResource(getCamelContext(), "file:" + file.toAbsolutePath());
                    applied.put(file.toAbsolutePath().toString(), new Applied(content, ids(entries(resource))));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("BACnet adapter files not read at start: {}", e.toString());
        }
        super.doStart();
    }

    private void changed(String name, Resource resource) throws Exception {
        Path file = Path.of(name);
        String content = Files.exists(file) ? Files.readString(file) : "";
        if (content.isBlank() && Files.exists(file)) {
            return; // an editor truncates before it writes: wait for the content
        }
        Applied before = applied.get(name);
        if (before != null ? before.content().equals(content) : !content.contains(BacnetRoutes.TEMPLATE)) {
            return;
        }
        List<TemplatedRouteDefinition> entries = content.isEmpty() ? List.of() : entries(resource);
        List<String> replaced = ids(entries);
        List<String> gone = new ArrayList<>(before == null ? List.of() : before.routeIds());
        gone.removeAll(replaced);
        remove(replaced, false);
        remove(gone, true);
        if (!entries.isEmpty()) {
            getCamelContext()
                    .getCamelContextExtension()
                    .getContextPlugin(Model.class)
                    .addRouteFromTemplatedRoutes(entries);
        }
        applied.put(name, new Applied(content, ids(entries)));
        LOG.info("BACnet adapter file {} applied: routes {}", name, ids(entries));
    }

    private static List<String> ids(List<TemplatedRouteDefinition> entries) {
        return entries.stream().map(TemplatedRouteDefinition::getRouteId).toList();
    }

    /** The file's bacnet-network entries; one without a route id could not be replaced later, so it is skipped. */
    private List<TemplatedRouteDefinition> entries(Resource resource) throws Exception {
        CamelContext context = getCamelContext();
        List<TemplatedRouteDefinition> entries = new ArrayList<>();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context).findRoutesBuilders(List.of(resource))) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(context);
                routes.getTemplatedRouteCollection().setCamelContext(context);
                routes.getTemplatedRouteCollection().getTemplatedRoutes().stream()
                        .filter(entry -> BacnetRoutes.TEMPLATE.equals(entry.getRouteTemplateRef()))
                        .forEach(entries::add);
            }
        }
        entries.removeIf(entry -> {
            if (entry.getRouteId() == null) {
                LOG.warn("A bacnet-network entry of {} has no routeId; give it one", resource.getLocation());
            }
            return entry.getRouteId() == null;
        });
        return entries;
    }

    /**
     * Stops and removes routes; with {@code forget}, their adapters' objects leave the bus too (a file deleted, an
     * entry taken out), rather than stay there with values nobody updates.
     */
    private void remove(List<String> routeIds, boolean forget) throws Exception {
        CamelContext context = getCamelContext();
        for (String id : routeIds) {
            if (context.getRoute(id) == null) {
                continue;
            }
            Object name = adapterName(id);
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
            if (forget && name != null) {
                forget(name.toString());
            }
        }
    }

    private Object adapterName(String routeId) {
        RouteDefinition route = getCamelContext()
                .getCamelContextExtension()
                .getContextPlugin(Model.class)
                .getRouteDefinition(routeId);
        return route == null || route.getTemplateParameters() == null
                ? null
                : route.getTemplateParameters().get("name");
    }

    private void forget(String name) {
        BacnetMappings mappings =
                getCamelContext().getRegistry().lookupByNameAndType(BacnetMappings.BEAN, BacnetMappings.class);
        try (ProducerTemplate producer = getCamelContext().createProducerTemplate()) {
            for (String objectId : mappings.forget(name)) {
                producer.sendBodyAndHeader("objectbus:remove", null, "ObjectBusObject", objectId);
            }
        } catch (java.io.IOException e) {
            LOG.debug("Closing a producer: {}", e.toString());
        }
    }
}
