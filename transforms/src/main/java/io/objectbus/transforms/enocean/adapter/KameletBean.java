// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What the {@code enocean-gateway} kamelet gives its adapter bean before the route starts: the bean's properties (the
 * kamelet's parameters, checked when the adapter starts), the context and the id of the route it belongs to.
 */
public abstract class KameletBean extends ServiceSupport implements RouteIdAware, CamelContextAware {

    final AdapterSettings.Parameters parameters = new AdapterSettings.Parameters();
    CamelContext context;
    String routeId;

    /** Camel gives the route's id before it starts the route: what the adapter describes belongs to the route. */
    @Override
    public void setRouteId(String routeId) {
        this.routeId = routeId;
    }

    @Override
    public String getRouteId() {
        return routeId;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    /** The kamelet's {@code enocean:} endpoint URI with its connection options (parameter gateway of the bean). */
    public void setGateway(String gateway) {
        parameters.gateway = gateway;
    }

    public void setGatewayId(String gatewayId) {
        parameters.gatewayId = gatewayId;
    }

    public void setDevices(String devices) {
        parameters.devices = devices;
    }

    public void setDeviceFile(String deviceFile) {
        parameters.deviceFile = deviceFile;
    }

    public void setLearnModeTimeout(long seconds) {
        parameters.learnModeTimeout = seconds;
    }

    public void setConfirmTimeout(long millis) {
        parameters.confirmTimeout = millis;
    }
}
