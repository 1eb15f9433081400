// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusTransport;
import io.objectbus.bus.ErrorReporter;
import io.objectbus.model.Ids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code objectbus:subscribe}: the publications on MQTT topic filters of the node's own broker, read inside the broker
 * on the queue's delivery thread as the bus receives its requests, with no MQTT client between. One message at a
 * time, in order per topic; the body is the payload. An exchange that fails is reported on {@code $errors} and
 * acknowledged like the others: the next message follows.
 */
public class ObjectBusSubscribeConsumer extends DefaultConsumer {

    private static final int MAX_FILTER_BYTES = 65_535;

    private final ObjectBusEndpoint endpoint;
    private final List<String> filters;
    private volatile BusTransport.Subscription subscription;

    public ObjectBusSubscribeConsumer(ObjectBusEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.filters = filters(endpoint.getConfiguration().getTopic());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        subscription = endpoint.bus().subscribe(endpoint.getConfiguration().getSubscription(), filters, this::receive);
    }

    @Override
    protected void doStop() throws Exception {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.doStop();
    }

    /** The broker queues the consumer reads while it runs, one per filter; empty while it is stopped. */
    public List<String> queues() {
        BusTransport.Subscription current = subscription;
        return current == null ? List.of() : current.queues();
    }

    private void receive(BusTransport.Inbound in) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setBody(in.payload());
            message.setHeader(ObjectBusConstants.TOPIC, in.topic());
            message.setHeader(ObjectBusConstants.QOS, in.qos());
            if (in.responseTopic() != null) {
                message.setHeader(ObjectBusConstants.RESPONSE_TOPIC, in.responseTopic());
            }
            if (in.correlationData() != null) {
                message.setHeader(ObjectBusConstants.CORRELATION_DATA, in.correlationData());
            }
            if (in.currentState()) {
                message.setHeader(ObjectBusConstants.CURRENT_STATE, true);
            }
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            report(in, exchange);
        }
        releaseExchange(exchange, false);
    }

    /** Like any bad input: on {@code $errors} with the payload, and in the log. */
    private void report(BusTransport.Inbound in, Exchange exchange) {
        Exception failure = exchange.getException();
        String reason = failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : ErrorReporter.firstLine(failure.getMessage());
        String route = exchange.getFromRouteId() == null ? "?" : exchange.getFromRouteId();
        try {
            endpoint.bus().errors().report(in.topic(), "route " + route + " failed: " + reason, in.payload());
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("a message of " + in.topic() + " failed", exchange, failure);
        }
    }

    /** Checks the options of a subscribe endpoint, so that a mistake fails when the endpoint is made. */
    static void validate(ObjectBusConfiguration configuration) {
        filters(configuration.getTopic());
        if (configuration.getSubscription() != null) {
            Ids.require(configuration.getSubscription(), "objectbus:subscribe: the subscription");
        }
    }

    /** The filters of the topic option, each checked as MQTT requires, duplicates dropped. */
    static List<String> filters(String topic) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException(
                    "objectbus:subscribe needs the topic option: MQTT topic filters, comma-separated, e.g. raw/+");
        }
        List<String> filters = new ArrayList<>();
        for (String filter : topic.split(",", -1)) {
            String problem = problem(filter);
            if (problem != null) {
                throw new IllegalArgumentException(
                        "objectbus:subscribe: topic filter '" + Ids.printable(filter) + "' " + problem);
            }
            if (!filters.contains(filter)) {
                filters.add(filter);
            }
        }
        return filters;
    }

    /** What is wrong with an MQTT topic filter (MQTT 5 section 4.7), or null. */
    private static String problem(String filter) {
        if (filter.isEmpty()) {
            return "is empty (filters are separated by a bare comma)";
        }
        if (filter.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        if (filter.getBytes(StandardCharsets.UTF_8).length > MAX_FILTER_BYTES) {
            return "is longer than " + MAX_FILTER_BYTES + " bytes";
        }
        if (filter.startsWith("$share/")) {
            return "is a shared subscription, which objectbus:subscribe does not take";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i < levels.length - 1)) {
                return "has # where only a whole last level may be #";
            }
            if (level.contains("+") && !level.equals("+")) {
                return "has + inside a level: + must be a whole level";
            }
        }
        return null;
    }
}
