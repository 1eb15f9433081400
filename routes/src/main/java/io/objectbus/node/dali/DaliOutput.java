// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.ObjectBusConstants;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * What the adapter tells the bus outside its route's steps (descriptions, polled values, events), in exchanges of
 * the adapter's route, so that the objects belong to that route and leave the bus with it.
 */
final class DaliOutput implements AutoCloseable {

    private final ProducerTemplate producer;
    private final String routeId;
    private final String describeUri;

    DaliOutput(CamelContext context, String routeId, String writeUri) {
        this.producer = context.createProducerTemplate();
        this.routeId = routeId;
        // The bus object's commands ($cmd) go to the same route as the writes: the processor tells them apart.
        this.describeUri = "objectbus:describe?writeUri=RAW(" + writeUri + ")&commandUri=RAW(" + writeUri + ")";
    }

    void describe(Object descriptors) {
        producer.send(describeUri, exchange -> {
            exchange.getExchangeExtension().setFromRouteId(routeId);
            exchange.getMessage().setBody(descriptors);
        });
    }

    void publish(String objectId, Map<String, Object> values) {
        if (!values.isEmpty()) {
            producer.sendBodyAndHeader("objectbus:publish", values, ObjectBusConstants.OBJECT, objectId);
        }
    }

    void stale(String objectId, String reason) {
        producer.sendBodyAndHeader("objectbus:stale", reason, ObjectBusConstants.OBJECT, objectId);
    }

    void event(String objectId, Map<String, Object> event) {
        producer.sendBodyAndHeader("objectbus:event", event, ObjectBusConstants.OBJECT, objectId);
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
