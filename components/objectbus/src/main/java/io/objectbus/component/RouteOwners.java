// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;

/**
 * Which route owns what an exchange describes: the route whose consumer made the exchange, or, for a route that a
 * kamelet made, the route that uses the kamelet. Camel 4.17 neither stops nor removes a kamelet's route with the route
 * that uses it, and names it {@code <kamelet>-<n>}; the user knows, stops and removes the route that uses it.
 */
final class RouteOwners {

    /** The template parameter camel-kamelet gives the kamelet's route: the id of the route that uses it. */
    static final String PARENT_ROUTE_ID = "parentRouteId";

    private final CamelContext context;
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    RouteOwners(CamelContext context) {
        this.context = context;
    }

    /** The owner of what the exchange describes, or null when no route made it (a producer template, say). */
    String of(Exchange exchange) {
        String route = exchange.getFromRouteId();
        return route == null ? null : of(route);
    }

    /** The owner of what the route describes; a route that is gone owns what it described under its own id. */
    String of(String routeId) {
        String known = owners.get(routeId);
        if (known != null) {
            return known;
        }
        String owner = resolve(routeId);
        owners.put(routeId, owner);
        return owner;
    }

    /** The route is gone: another route may take its id. */
    void forget(String routeId) {
        owners.remove(routeId);
    }

    private String resolve(String routeId) {
        String id = routeId;
        // A kamelet may use another kamelet: climb to the route the user wrote (bounded, in case of a cycle).
        for (int depth = 0; depth < 8; depth++) {
            String parent = parentOf(id);
            if (parent == null) {
                return id;
            }
            id = parent;
        }
        return id;
    }

    private String parentOf(String routeId) {
        Route route = context.getRoute(routeId);
        if (route == null || !route.isCreatedByKamelet()) {
            return null;
        }
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        RouteDefinition definition = model == null ? null : model.getRouteDefinition(routeId);
        Map<String, Object> parameters = definition == null ? null : definition.getTemplateParameters();
        Object parent = parameters == null ? null : parameters.get(PARENT_ROUTE_ID);
        return parent == null ? null : parent.toString();
    }
}
