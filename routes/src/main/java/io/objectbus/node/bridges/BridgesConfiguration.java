// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;

/**
 * What a node needs for routers and cloud bridges: their route templates, so that a YAML file in
 * {@code routes/bridges/} or {@code camel.route-template[n].*} properties can link the node with others.
 */
public class BridgesConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        if (model.getRouteTemplateDefinition(RouterTemplates.ROUTER) == null) {
            context.addRoutes(new RouterTemplates());
        }
    }
}
