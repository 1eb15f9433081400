// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.ObjectBusConstants;
import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * What the adapter tells the bus outside its route's steps (descriptions, the gateway's own values, events), through
 * the {@code objectbus} component's endpoints, in exchanges of the adapter's route: the objects it describes belong to
 * that route and leave the bus with it. A device's values go on the bus in a step of the route.
 */
final class BusOutput implements AutoCloseable {

    private final ProducerTemplate producer;
    private final String routeId;
    private final String describeUri;

    /** @param writeUri the endpoint that applies the described objects' writes: the adapter's own write route */
    BusOutput(CamelContext context, String routeId, String writeUri) {
        this.producer = context.createProducerTemplate();
        this.routeId = routeId;
        this.describeUri = "objectbus:describe?writeUri=RAW(" + writeUri + ")";
    }

    void describe(Object descriptors) {
        producer.send(describeUri, exchange -> {
            exchange.getExchangeExtension().setFromRouteId(routeId);
            exchange.getMessage().setBody(descriptors);
        });
    }

    void remove(String objectId) {
        producer.sendBodyAndHeader("objectbus:remove", null, ObjectBusConstants.OBJECT, objectId);
    }

    void publish(String objectId, Map<String, Object> values, Instant at) {
        if (!values.isEmpty()) {
            producer.sendBodyAndHeaders(
                    "objectbus:publish",
                    values,
                    Map.of(ObjectBusConstants.OBJECT, objectId, ObjectBusConstants.TIMESTAMP, at));
        }
    }

    void publish(String objectId, String resource, Object value) {
        publish(objectId, Map.of(resource, value), Instant.now());
    }

    void event(String objectId, Map<String, Object> event) {
        producer.sendBodyAndHeader("objectbus:event", event, ObjectBusConstants.OBJECT, objectId);
    }

    /** Describes the object again; the bus keeps the values of resources whose description did not change. */
    void describe(ObjectDescriptor descriptor) {
        describe((Object) descriptor);
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
