// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultExchange;

/**
 * Puts a device that posts to the node on the bus when its route starts, not at its first post: the object, and its
 * connection object {@code up} (the node listens for it). Both are sent as exchanges of the route, so that the
 * objects belong to the route file that uses the adapter, as those its posts describe do. The object's writes go
 * through the describe producer, so it is kept until the route stops ({@link #close()}).
 */
final class DeviceAnnouncement implements AutoCloseable {

    private final Route route;
    private final ProducerTemplate template;

    private DeviceAnnouncement(Route route) {
        this.route = route;
        this.template = route.getCamelContext().createProducerTemplate();
    }

    static DeviceAnnouncement announce(Route route, JsonDevice device, String describeUri, String connectionUri) {
        DeviceAnnouncement announcement = new DeviceAnnouncement(route);
        try {
            announcement.send(describeUri, device.descriptor());
            announcement.send(connectionUri, "up");
        } catch (RuntimeException e) {
            announcement.close();
            throw e;
        }
        return announcement;
    }

    private void send(String uri, Object body) {
        Exchange exchange = new DefaultExchange(route.getCamelContext());
        exchange.getExchangeExtension().setFromRouteId(route.getRouteId());
        exchange.getMessage().setBody(body);
        template.send(uri, exchange);
        if (exchange.getException() != null) {
            throw RuntimeCamelException.wrapRuntimeCamelException(exchange.getException());
        }
    }

    /** The route stopped: the describe producer goes, and with it the object's writes. */
    @Override
    public void close() {
        try {
            template.stop();
        } catch (Exception e) {
            // nothing held that outlives the template
        }
    }
}
