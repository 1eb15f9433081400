// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.component.AdapterBean;

/**
 * The plumbing of an adapter kamelet's bean beyond its context and route ({@link AdapterBean}): its {@code name} and
 * {@code protocol} parameters, and its binding in the registry under a name of its own while it runs, where the
 * kamelet's write route finds it.
 */
public abstract class RouteBean extends AdapterBean {

    private String name;
    private String protocol;

    /** The name the bean is bound under while it runs. */
    protected abstract String registryName();

    protected final void bind() {
        getCamelContext().getRegistry().bind(registryName(), this);
    }

    /** Unbinds it only if the name is still its own: a new version of the route may have bound its bean already. */
    protected final void unbind() {
        if (getCamelContext().getRegistry().lookupByName(registryName()) == this) {
            getCamelContext().getRegistry().unbind(registryName());
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
}
