// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Processor;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The plumbing of an adapter kamelet's bean, started and stopped with its route: the context and route it belongs
 * to, its {@code name} and {@code protocol} parameters, and its binding in the registry under a name of its own while
 * it runs, where the kamelet's write route finds it.
 */
public abstract class RouteBean extends ServiceSupport implements Processor, CamelContextAware, RouteIdAware {

    private CamelContext context;
    private String routeId;
    private String name;
    private String protocol;

    /** The name the bean is bound under while it runs. */
    protected abstract String registryName();

    protected final void bind() {
        context.getRegistry().bind(registryName(), this);
    }

    /** Unbinds it only if the name is still its own: a new version of the route may have bound its bean already. */
    protected final void unbind() {
        if (context.getRegistry().lookupByName(registryName()) == this) {
            context.getRegistry().unbind(registryName());
        }
    }

    protected final String name() {
        return name;
    }

    protected final String protocol() {
        return protocol;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    @Override
    public String getRouteId() {
        return routeId;
    }

    @Override
    public void setRouteId(String routeId) {
        this.routeId = routeId;
    }
}
