// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import io.objectbus.component.ObjectBusConstants;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the device for its whole state: once the adapter's route has started, that is once its subscription exists
 * (the broker does not replay retained messages, a device's last will or its state, to a new in-VM subscription,
 * and a device may report only every few minutes), and when the device is back online.
 */
final class StateRequest extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StateRequest.class);

    private final CamelContext context;
    private final String routeId;
    private final DeviceCommand request;
    private ProducerTemplate producer;

    StateRequest(CamelContext context, String routeId, DeviceCommand request) {
        this.context = context;
        this.routeId = routeId;
        this.request = request;
        setIgnoreExchangeEvents(true);
    }

    @Override
    protected void doStart() throws Exception {
        producer = context.createProducerTemplate();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (producer != null) {
            producer.stop();
        }
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.RouteStartedEvent started
                && started.getRoute().getRouteId().equals(routeId);
    }

    @Override
    public void notify(CamelEvent event) {
        send();
    }

    /** Publishes the request on the node's own broker, in-VM, where the device's session takes it. */
    void send() {
        try {
            producer.sendBodyAndHeaders(
                    "objectbus:forward", request.payload(), Map.of(ObjectBusConstants.TOPIC, request.topic()));
        } catch (RuntimeException e) {
            LOG.warn("State request to {} not sent: {}", request.topic(), e.getMessage());
        }
    }
}
