// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import org.apache.camel.model.ModelLifecycleStrategy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * Gives routes made from the OPC UA templates without a routeId the ids {@code adapter-opcua-{name}} and
 * {@code adapter-opcua-{name}-writes}: Camel does not take a route id from a template, and every route of a node has an
 * explicit kebab-case id.
 */
final class OpcUaRouteIds implements ModelLifecycleStrategy {

    @Override
    public void onAddRouteDefinition(RouteDefinition route) {
        if (route.hasCustomIdAssigned() || route.getTemplateParameters() == null || route.getInput() == null) {
            return;
        }
        Object name = route.getTemplateParameters().get("name");
        String uri = route.getInput().getEndpointUri();
        if (name == null || uri == null) {
            return;
        }
        if (uri.startsWith("opcua:")) {
            route.setId("adapter-opcua-" + name);
        } else if (uri.startsWith("objectbus:set") && uri.contains("protocol=opcua")) {
            route.setId("adapter-opcua-" + name + "-writes");
        }
    }

    @Override
    public void onRemoveRouteDefinition(RouteDefinition route) {}

    @Override
    public void onAddRouteTemplateDefinition(RouteTemplateDefinition template) {}

    @Override
    public void onRemoveRouteTemplateDefinition(RouteTemplateDefinition template) {}
}
