// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Turns the text of one route file into routes of the context and takes them away again. The file owns exactly the
 * routes that appeared while it was added (its routes, its templated routes, the routes of the kamelets they use),
 * whatever kind they are. Camel's own reload parses every file of the folder on each change; this parses one.
 */
final class RouteFileLoader {

    /** Stopping a route waits at most this long for its exchanges in flight. */
    private static final long STOP_SECONDS = 10;

    /** A file whose text was read: its builders, configured but not yet added to the context. */
    record Parsed(Path file, Collection<RoutesBuilder> builders, Map<String, Integer> routeLines) {}

    /** The routes a file made before adding it failed: they are removed again. */
    static final class AddFailed extends Exception {
        AddFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final CamelContext context;

    RouteFileLoader(CamelContext context) {
        this.context = context;
    }

    /**
     * Reads the file's text into route definitions without touching the routes of the node.
     *
     * @param taken route ids the node has that are not this file's: the file may not use them
     */
    Parsed parse(Path file, String content, Map<String, Path> taken) throws Exception {
        var resource = ResourceHelper.fromString("file:" + file.toAbsolutePath(), content);
        Collection<RoutesBuilder> builders =
                PluginHelper.getRoutesLoader(context).findRoutesBuilders(List.of(resource));
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (RoutesBuilder builder : builders) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(context);
                routes.getRouteCollection().getRoutes().forEach(r -> lines.put(r.getRouteId(), r.getLineNumber()));
                routes.getTemplatedRouteCollection().getTemplatedRoutes().forEach(t -> lines.put(t.getRouteId(), -1));
            }
        }
        refuseTaken(lines.keySet(), taken);
        return new Parsed(file, builders, lines);
    }

    private static void refuseTaken(Set<String> routeIds, Map<String, Path> taken) {
        for (String id : routeIds) {
            if (id != null && taken.containsKey(id)) {
                Path owner = taken.get(id);
                throw new IllegalArgumentException("route id " + id + " is already a route of "
                        + (owner == null ? "the node" : "the file " + owner));
            }
        }
    }

    /** Adds the parsed routes and starts them; returns the ids of the routes that appeared, oldest first. */
    List<String> add(Parsed parsed) throws AddFailed {
        Set<String> before = routeIds();
        try {
            for (RoutesBuilder builder : parsed.builders()) {
                if (builder instanceof RouteConfigurationsBuilder configurations) {
                    context.addRoutesConfigurations(configurations);
                }
            }
            for (RoutesBuilder builder : parsed.builders()) {
                context.addRoutes(builder);
            }
            for (RoutesBuilder builder : parsed.builders()) {
                context.addTemplatedRoutes(builder);
            }
            return added(before);
        } catch (Exception e) {
            remove(added(before));
            throw new AddFailed(e);
        }
    }

    /**
     * Stops and removes routes in the order they were made: the routes of a kamelet (made while the route that uses it
     * is made) go first, so that nothing sends into a route that is gone.
     */
    void remove(List<String> routeIds) {
        for (String id : routeIds) {
            try {
                if (context.getRoute(id) != null) {
                    context.getRouteController().stopRoute(id, STOP_SECONDS, TimeUnit.SECONDS);
                    context.removeRoute(id);
                }
            } catch (Exception e) {
                DropInRoutes.LOG.error("Route {} could not be removed: {}", id, RouteFileProblem.message(e));
            }
        }
    }

    /** Every route id of the context. */
    Set<String> routeIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Route route : context.getRoutes()) {
            ids.add(route.getRouteId());
        }
        return ids;
    }

    private List<String> added(Set<String> before) {
        return routeIds().stream()
                .filter(id -> !before.contains(id))
                .filter(Objects::nonNull)
                .toList();
    }
}
