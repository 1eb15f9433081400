// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import org.apache.camel.model.ModelLifecycleStrategy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * Gives a route made from {@code bacnet-network} without a routeId the id {@code adapter-bacnet-{name}}: Camel does
 * not take a route id from a template, and every route of a node has an explicit kebab-case id.
 */
final class BacnetRouteIds implements ModelLifecycleStrategy {

    @Override
    public void onAddRouteDefinition(RouteDefinition route) {
        if (route.hasCustomIdAssigned() || route.getTemplateParameters() == null || route.getInput() == null) {
            return;
        }
        Object name = route.getTemplateParameters().get("name");
        String uri = route.getInput().getEndpointUri();
        if (name != null && uri != null && uri.startsWith("bacnet:network")) {
            route.setId("adapter-bacnet-" + name);
        }
    }

    @Override
    public void onRemoveRouteDefinition(RouteDefinition route) {}

    @Override
    public void onAddRouteTemplateDefinition(RouteTemplateDefinition template) {}

    @Override
    public void onRemoveRouteTemplateDefinition(RouteTemplateDefinition template) {}
}
