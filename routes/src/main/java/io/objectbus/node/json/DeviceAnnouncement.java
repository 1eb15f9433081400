// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultExchange;

/**
 * Puts a device that posts to the node on the bus when its route starts, not at its first post: the object, and its
 * connection object {@code up} (the node listens for it). Both are sent as exchanges of the route, so that the
 * objects belong to the route file that uses the adapter, as those its posts describe do.
 */
final class DeviceAnnouncement {

    private DeviceAnnouncement() {}

    static void announce(Route route, JsonDevice device, String describeUri, String connectionUri) {
        CamelContext context = route.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        try {
            send(template, route, describeUri, device.descriptor());
            send(template, route, connectionUri, "up");
        } finally {
            stop(template);
        }
    }

    private static void send(ProducerTemplate template, Route route, String uri, Object body) {
        Exchange exchange = new DefaultExchange(route.getCamelContext());
        exchange.getExchangeExtension().setFromRouteId(route.getRouteId());
        exchange.getMessage().setBody(body);
        template.send(uri, exchange);
        if (exchange.getException() != null) {
            throw RuntimeCamelException.wrapRuntimeCamelException(exchange.getException());
        }
    }

    private static void stop(ProducerTemplate template) {
        try {
            template.stop();
        } catch (Exception e) {
            // nothing held that outlives the template
        }
    }
}
