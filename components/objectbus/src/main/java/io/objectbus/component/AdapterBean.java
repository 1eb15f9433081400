// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Processor;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The bean of an adapter kamelet's route, started and stopped with it: Camel gives it the context and the id of the
 * route it belongs to before the route starts (what the adapter describes belongs to that route). It lives beside the
 * bus's component because the adapters' beans live in routes/ and transforms/, which both build on it.
 */
public abstract class AdapterBean extends ServiceSupport implements Processor, CamelContextAware, RouteIdAware {

    private CamelContext context;
    private String routeId;

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
