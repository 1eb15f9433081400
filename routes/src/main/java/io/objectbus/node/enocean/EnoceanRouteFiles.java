// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an edited EnOcean adapter file while the node runs. Camel 4.17 reloads the plain routes of a changed YAML
 * file but skips its {@code templatedRoute} entries, so this watches the same folder: when a file with
 * {@code enocean-gateway} entries is saved, their routes (by route id) are stopped and removed, which stops their
 * adapters, and created again from the file; when the file is deleted, the routes it made go.
 */
final class EnoceanRouteFiles extends FileWatcherResourceReloadStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(EnoceanRouteFiles.class);

    /** The route ids each file made, and the content they were made from: a save fires several events. */
    private record Loaded(String content, List<String> routeIds) {}

    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    EnoceanRouteFiles(String folder, boolean recursive) {
        super(folder, recursive);
        setFileFilter(file -> file.getName().endsWith(".camel.yaml"));
        setResourceReload(this::changed);
    }

    @Override
    protected String startupMessage(File dir) {
        return null;
    }

    private void changed(String name, Resource resource) throws Exception {
        Path file = Path.of(name);
        String content = Files.exists(file) ? Files.readString(file) : "";
        if (content.isBlank() && Files.exists(file)) {
            return; // an editor truncates before it writes: wait for the content
        }
        Loaded before = loaded.get(name);
        if (before != null ? before.content().equals(content) : !content.contains(EnoceanRoutes.TEMPLATE)) {
            return;
        }
        List<TemplatedRouteDefinition> entries = content.isEmpty() ? List.of() : entries(resource);
        List<String> ids =
                entries.stream().map(TemplatedRouteDefinition::getRouteId).toList();
        List<String> gone = new ArrayList<>(before == null ? List.of() : before.routeIds());
        gone.addAll(ids);
        remove(gone);
        if (!entries.isEmpty()) {
            getCamelContext()
                    .getCamelContextExtension()
                    .getContextPlugin(Model.class)
                    .addRouteFromTemplatedRoutes(entries);
        }
        loaded.put(name, new Loaded(content, ids));
        LOG.info("EnOcean adapter file {} applied: routes {}", name, ids);
    }

    /** The file's {@code enocean-gateway} entries; an entry without route id cannot be replaced later, so none is. */
    private List<TemplatedRouteDefinition> entries(Resource resource) throws Exception {
        CamelContext context = getCamelContext();
        List<TemplatedRouteDefinition> entries = new ArrayList<>();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(context).findRoutesBuilders(List.of(resource))) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(context);
                routes.getTemplatedRouteCollection().setCamelContext(context);
                routes.getTemplatedRouteCollection().getTemplatedRoutes().stream()
                        .filter(t -> EnoceanRoutes.TEMPLATE.equals(t.getRouteTemplateRef()))
                        .forEach(entries::add);
            }
        }
        entries.removeIf(t -> {
            if (t.getRouteId() == null) {
                LOG.warn("An enocean-gateway entry of {} has no routeId; give it one", resource.getLocation());
            }
            return t.getRouteId() == null;
        });
        return entries;
    }

    private void remove(List<String> routeIds) throws Exception {
        CamelContext context = getCamelContext();
        for (String id : routeIds) {
            if (context.getRoute(id) != null) {
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
            }
        }
    }
}
