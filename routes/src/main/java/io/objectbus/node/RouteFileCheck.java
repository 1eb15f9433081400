// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kamelet.Kamelet;
import org.apache.camel.component.kamelet.KameletComponent;
import org.apache.camel.model.Model;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.model.SendDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.support.RouteTemplateHelper;
import org.apache.camel.util.URISupport;

/**
 * Checks a parsed route file against the node before anything of it is made, so that a broken edit is found while its
 * previous version still runs untouched: every endpoint's property placeholders resolve and its component exists,
 * and every kamelet it uses exists and is given its required parameters (in the URI, or as
 * {@code camel.kamelet.<name>.<parameter>} properties, as the kamelet component reads them); so is every templated
 * route, and the file's own route templates and local kamelets have components for their endpoints. Camel has no dry run of a
 * route; what only making the routes finds (a value an adapter refuses as it starts) is still found then.
 */
final class RouteFileCheck {

    private static final String KAMELET = "kamelet:";

    private final CamelContext context;

    RouteFileCheck(CamelContext context) {
        this.context = context;
    }

    /**
     * Fails, naming the route, at the first endpoint the node could not make; the file's own route templates (and
     * local kamelets) are checked as the file's routes use them, before they exist in the context.
     */
    void check(RouteFileLoader.Parsed parsed) throws FailedToCreateRouteException {
        Map<String, RouteTemplateDefinition> ownTemplates = new HashMap<>();
        for (RouteBuilder routes : routeBuilders(parsed)) {
            routes.getRouteTemplateCollection().getRouteTemplates().forEach(t -> ownTemplates.put(t.getId(), t));
        }
        for (RouteTemplateDefinition template : ownTemplates.values()) {
            checkTemplate(template);
        }
        for (RouteBuilder routes : routeBuilders(parsed)) {
            for (RouteDefinition route : routes.getRouteCollection().getRoutes()) {
                check(route, ownTemplates);
            }
            for (TemplatedRouteDefinition templated :
                    routes.getTemplatedRouteCollection().getTemplatedRoutes()) {
                checkTemplated(templated, ownTemplates);
            }
        }
    }

    private static List<RouteBuilder> routeBuilders(RouteFileLoader.Parsed parsed) {
        List<RouteBuilder> routes = new ArrayList<>();
        for (RoutesBuilder builder : parsed.builders()) {
            if (builder instanceof RouteBuilder r) {
                routes.add(r);
            }
        }
        return routes;
    }

    private void check(RouteDefinition route, Map<String, RouteTemplateDefinition> ownTemplates)
            throws FailedToCreateRouteException {
        try {
            for (String uri : endpointUris(route)) {
                checkEndpoint(uri, ownTemplates);
            }
        } catch (Exception e) {
            throw new FailedToCreateRouteException(route.getRouteId(), "", "", e);
        }
    }

    /** A template's endpoints hold its parameters' placeholders until it is used: only their components are known. */
    private void checkTemplate(RouteTemplateDefinition template) {
        if (template.getRoute() == null) {
            return;
        }
        for (String uri : endpointUris(template.getRoute())) {
            String scheme = scheme(uri);
            if (!scheme.contains("{{") && context.getComponent(scheme, true) == null) {
                throw new IllegalArgumentException("route template " + template.getId() + ": no component " + scheme
                        + " (an endpoint " + scheme + ":…)");
            }
        }
    }

    private void checkTemplated(TemplatedRouteDefinition templated, Map<String, RouteTemplateDefinition> ownTemplates)
            throws FailedToCreateRouteException {
        String name = templated.getRouteTemplateRef();
        try {
            RouteTemplateDefinition template = ownTemplates.get(name);
            if (template == null) {
                template = context.getCamelContextExtension()
                        .getContextPlugin(Model.class)
                        .getRouteTemplateDefinition(name);
            }
            if (template == null) {
                throw new IllegalArgumentException("no route template " + name);
            }
            Set<String> given = new HashSet<>();
            templated.getParameters().forEach(p -> given.add(p.getName()));
            requireParameters("the route template " + name, template, given);
        } catch (RuntimeException e) {
            throw new FailedToCreateRouteException(templated.getRouteId(), "", "", e);
        }
    }

    private static List<String> endpointUris(RouteDefinition route) {
        List<String> uris = new ArrayList<>();
        if (route.getInput() != null && route.getInput().getEndpointUri() != null) {
            uris.add(route.getInput().getEndpointUri());
        }
        List<ProcessorDefinition<?>> outputs = route.getOutputs();
        for (SendDefinition<?> send : ProcessorDefinitionHelper.filterTypeInOutputs(outputs, SendDefinition.class)) {
            if (send.getEndpointUri() != null) {
                uris.add(send.getEndpointUri());
            }
        }
        return uris;
    }

    private static String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon < 0 ? uri : uri.substring(0, colon);
    }

    private void checkEndpoint(String uri, Map<String, RouteTemplateDefinition> ownTemplates) throws Exception {
        String resolved = context.resolvePropertyPlaceholders(uri);
        String scheme = scheme(resolved);
        if (context.getComponent(scheme, true) == null) {
            throw new IllegalArgumentException("no component " + scheme + " (an endpoint " + scheme + ":…)");
        }
        if (resolved.startsWith(KAMELET)) {
            checkKamelet(resolved.substring(KAMELET.length()), ownTemplates);
        }
    }

    private void checkKamelet(String remainder, Map<String, RouteTemplateDefinition> ownTemplates) throws Exception {
        String path = remainder.startsWith("//") ? remainder.substring(2) : remainder;
        int query = path.indexOf('?');
        Map<String, Object> parameters =
                new LinkedHashMap<>(query < 0 ? Map.of() : URISupport.parseQuery(path.substring(query + 1), true));
        String[] names = (query < 0 ? path : path.substring(0, query)).split("/", 2);
        String name = names[0];
        if (name.equals(Kamelet.SOURCE_ID) || name.equals(Kamelet.SINK_ID)) {
            return; // a kamelet's own ends, within its template
        }
        RouteTemplateDefinition template =
                ownTemplates.containsKey(name) ? ownTemplates.get(name) : template(name, parameters);
        Kamelet.extractKameletProperties(context, parameters, name);
        if (names.length > 1) {
            Kamelet.extractKameletProperties(context, parameters, name, names[1]);
        }
        requireParameters("the kamelet " + name, template, parameters.keySet());
    }

    private static void requireParameters(String what, RouteTemplateDefinition template, Set<String> given) {
        List<String> missing = new ArrayList<>();
        for (RouteTemplateParameterDefinition parameter : template.getTemplateParameters()) {
            if (parameter.isRequired() && parameter.getDefaultValue() == null && !given.contains(parameter.getName())) {
                missing.add(parameter.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(what + " needs the parameters " + missing);
        }
    }

    /** The kamelet's template: the context's, or loaded from the kamelet component's location, as using it would. */
    private RouteTemplateDefinition template(String name, Map<String, Object> parameters) throws Exception {
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        RouteTemplateDefinition template = model.getRouteTemplateDefinition(name);
        if (template == null) {
            RouteTemplateHelper.loadRouteTemplateFromLocation(context, null, name, location(parameters));
            template = model.getRouteTemplateDefinition(name);
        }
        if (template == null) {
            throw new IllegalArgumentException("no kamelet " + name);
        }
        return template;
    }

    /** Where the kamelet component looks for kamelets: the URI's {@code location}, or the component's. */
    private String location(Map<String, Object> parameters) {
        String location = Kamelet.extractLocation(context, parameters);
        if (location == null && context.getComponent("kamelet") instanceof KameletComponent kamelets) {
            location = kamelets.getLocation();
        }
        return location == null ? Kamelet.DEFAULT_LOCATION : location;
    }
}
