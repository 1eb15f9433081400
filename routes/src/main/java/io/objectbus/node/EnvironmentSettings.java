// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import org.apache.camel.CamelContext;
import org.apache.camel.Ordered;
import org.apache.camel.component.properties.PropertiesComponent;
import org.apache.camel.spi.PropertiesSource;
import org.apache.camel.util.IOHelper;

/**
 * Environment variables as a source of settings that ranks below the {@code --key=value} arguments and above
 * application.properties (docs/node.md). Camel's own environment lookup (its default mode, "override") is asked
 * before the arguments, so an OBJECTBUS_HTTP_PORT beat {@code --objectbus.http.port}; it is turned off and the
 * variables come from here, after the arguments (Camel's override properties) and before the file.
 */
final class EnvironmentSettings implements PropertiesSource, Ordered {

    /** Makes the context's properties component take environment variables in the node's order. */
    static void install(CamelContext context) {
        PropertiesComponent properties = (PropertiesComponent) context.getPropertiesComponent();
        properties.setEnvironmentVariableMode(PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_NEVER);
        properties.addPropertiesSource(new EnvironmentSettings());
    }

    @Override
    public String getName() {
        return "environment";
    }

    /** {@code objectbus.http.port} from OBJECTBUS_HTTP_PORT (upper case, {@code _} for {@code .} and {@code -}). */
    @Override
    public String getProperty(String name) {
        return IOHelper.lookupEnvironmentVariable(name);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }
}
