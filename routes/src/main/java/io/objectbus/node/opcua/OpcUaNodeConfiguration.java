// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.transforms.opcua.OpcUaMapping;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;

/**
 * What a node needs for OPC UA: the mapping bean and the adapter's route templates, so that a YAML file or
 * {@code camel.route-template[n].*} properties can attach servers. Listed in {@code camel.main.configuration-classes}.
 */
public class OpcUaNodeConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        if (context.getRegistry().lookupByName(OpcUaRouteTemplates.MAPPING) == null) {
            context.getRegistry().bind(OpcUaRouteTemplates.MAPPING, new OpcUaMapping());
        }
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        if (model.getRouteTemplateDefinition(OpcUaRouteTemplates.SOURCE) == null) {
            model.addModelLifecycleStrategy(new OpcUaRouteIds());
            context.addRoutes(new OpcUaRouteTemplates());
        }
    }
}
