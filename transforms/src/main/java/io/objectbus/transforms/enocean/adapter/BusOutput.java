// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.ObjectBusConstants;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * The one value the adapter publishes outside its routes' exchanges: learn mode switching itself off when its timeout
 * ends. A timer is no exchange of the kamelet's route (whose one consumer is the gateway's), so this goes through a
 * producer of the adapter's own, on the adapter's route (the object is already described by it).
 */
final class BusOutput implements AutoCloseable {

    private final ProducerTemplate producer;
    private final String routeId;

    BusOutput(CamelContext context, String routeId) {
        this.producer = context.createProducerTemplate();
        this.routeId = routeId;
    }

    void publish(String objectId, String resource, Object value) {
        producer.send("objectbus:publish", exchange -> {
            exchange.getExchangeExtension().setFromRouteId(routeId);
            exchange.getMessage().setBody(Map.of(resource, value));
            exchange.getMessage().setHeader(ObjectBusConstants.OBJECT, objectId);
            exchange.getMessage().setHeader(ObjectBusConstants.TIMESTAMP, Instant.now());
        });
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
