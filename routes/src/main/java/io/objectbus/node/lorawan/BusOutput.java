// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.component.ObjectBusConstants;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * What the adapter tells the bus outside its route's steps, in exchanges of the adapter's route so that the objects
 * it describes belong to that route: descriptions, gateway counters, refused input on $errors.
 */
final class BusOutput implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate producer;
    private final String routeId;
    private final String describeUri;
    /** Resolved once: resolving the URI again for each of a busy gateway's uplinks showed in the profile. */
    private final Endpoint publish;

    BusOutput(CamelContext context, String routeId, String writeUri) {
        this.context = context;
        this.producer = context.createProducerTemplate();
        this.routeId = routeId;
        this.describeUri = "objectbus:describe?writeUri=RAW(" + writeUri + ")";
        this.publish = context.getEndpoint("objectbus:publish");
    }

    void describe(Object descriptors) {
        producer.send(describeUri, exchange -> {
            exchange.getExchangeExtension().setFromRouteId(routeId);
            exchange.getMessage().setBody(descriptors);
        });
    }

    void publish(String objectId, Map<String, Object> values) {
        producer.sendBodyAndHeader(publish, values, ObjectBusConstants.OBJECT, objectId);
    }

    /** Marks every value of the object stale with the reason. */
    void stale(String objectId, String reason) {
        producer.sendBodyAndHeader("objectbus:stale", reason, ObjectBusConstants.OBJECT, objectId);
    }

    /** Refused input on {node}/$errors, with where it came from. */
    void error(String source, String reason, byte[] payload) {
        context.getComponent("objectbus", ObjectBusComponent.class)
                .getBus()
                .errors()
                .report(source, reason, payload);
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
