// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusNode;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Hands what a route produced to the bus. Input the bus cannot take is reported on {@code $errors} and in the log,
 * counted in the {@code ObjectBusRejected} header, and does not fail the exchange: one bad value never stops an
 * adapter.
 */
public class ObjectBusProducer extends DefaultProducer {

    private final ObjectBusEndpoint endpoint;
    private BoundWriter writer;
    private BoundCommander commander;

    public ObjectBusProducer(ObjectBusEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    /** describe with a writeUri: the producer of the objects' write endpoint starts and stops with this one. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String writeUri = endpoint.getConfiguration().getWriteUri();
        if (endpoint.getOperation() == ObjectBusOperation.describe && writeUri != null && !writeUri.isBlank()) {
            writer = new BoundWriter(getEndpoint().getCamelContext(), writeUri, endpoint);
            writer.start();
        }
        String commandUri = endpoint.getConfiguration().getCommandUri();
        if (endpoint.getOperation() == ObjectBusOperation.describe && commandUri != null && !commandUri.isBlank()) {
            commander = new BoundCommander(getEndpoint().getCamelContext(), commandUri, endpoint);
            commander.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (writer != null) {
            writer.stop();
            writer = null;
        }
        if (commander != null) {
            commander.stop();
            commander = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getMessage();
        BusNode bus = endpoint.bus();
        int rejected = 0;
        try {
            rejected = switch (endpoint.getOperation()) {
                case publish -> publish(bus, in);
                case describe ->
                    describe(bus, in.getBody(), endpoint.getComponent().owner(exchange), writer, commander);
                case connection -> connection(bus, exchange);
                case stale -> stale(bus, in);
                case event -> event(bus, in);
                case remove -> remove(bus, in);
                case recommand -> recommand(bus, in);
                case forward -> ForwardedMessages.forward(bus, in);
                case set, subscribe -> throw new IllegalStateException(endpoint.getOperation() + " is a consumer");
            };
        } catch (IllegalArgumentException e) {
            bus.errors().report(source(exchange), e.getMessage(), excerpt(in.getBody()));
            rejected = 1;
        }
        in.setHeader(ObjectBusConstants.REJECTED, rejected);
    }

    private int publish(BusNode bus, Message in) {
        ObjectBusConfiguration config = endpoint.getConfiguration();
        String quality = in.getHeader(ObjectBusConstants.QUALITY, config.getQuality(), String.class);
        Instant ts = Timestamps.of(in.getHeader(ObjectBusConstants.TIMESTAMP));
        ValueBodyReader.Context context = new ValueBodyReader.Context(
                object(in),
                in.getHeader(ObjectBusConstants.RESOURCE, config.getResource(), String.class),
                Quality.of(quality),
                in.getHeader(ObjectBusConstants.REASON, String.class),
                ts == null ? Instant.now() : ts);
        Object body = in.getBody();
        if ((body instanceof Number || body instanceof Boolean)
                && context.object() != null
                && context.resource() != null) {
            // The common case of one value for one resource, without the general reader's lists.
            Sample sample = new Sample(body, context.quality(), context.reason(), context.timestamp());
            return bus.report(context.object(), context.resource(), sample) ? 0 : 1;
        }
        int rejected = 0;
        for (ValueReport report : ValueBodyReader.read(body, context)) {
            if (!bus.report(report.object(), report.resource(), report.sample())) {
                rejected++;
            }
        }
        return rejected;
    }

    /**
     * The objects belong to the exchange's route: they leave the bus when it is stopped or removed. With a writeUri
     * their writes go to that endpoint.
     */
    private static int describe(BusNode bus, Object body, String owner, BoundWriter writer, BoundCommander commander) {
        if (body instanceof Collection<?> items) {
            items.forEach(item -> describe(bus, item, owner, writer, commander));
            return 0;
        }
        bus.describe(toDescriptor(body), owner, writer, commander);
        return 0;
    }

    private int connection(BusNode bus, Exchange exchange) {
        Message in = exchange.getMessage();
        ObjectBusConfiguration config = endpoint.getConfiguration();
        ConnectionStates.Connection connection = new ConnectionStates.Connection(
                requireObject(in),
                config.getType(),
                config.getProtocol(),
                in.getBody(String.class),
                in.getHeader(ObjectBusConstants.REASON, String.class),
                config.isStaleOwned());
        endpoint.getComponent()
                .connections()
                .report(bus, connection, endpoint.getComponent().owner(exchange));
        return 0;
    }

    static ObjectDescriptor toDescriptor(Object body) {
        if (body instanceof ObjectDescriptor descriptor) {
            return descriptor;
        }
        try {
            if (body instanceof String || body instanceof byte[]) {
                byte[] json = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
                return Json.MAPPER.readValue(json, ObjectDescriptor.class);
            }
            return Json.MAPPER.convertValue(body, ObjectDescriptor.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not an object descriptor: " + e.getMessage());
        }
    }

    private int stale(BusNode bus, Message in) {
        String reason = in.getBody(String.class);
        bus.markStale(requireObject(in), reason == null || reason.isBlank() ? "device not answering" : reason);
        return 0;
    }

    private int event(BusNode bus, Message in) {
        Object body = in.getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> event =
                body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("event", String.valueOf(body));
        bus.event(requireObject(in), event);
        return 0;
    }

    private int remove(BusNode bus, Message in) {
        bus.remove(requireObject(in));
        return 0;
    }

    private int recommand(BusNode bus, Message in) {
        String reason = in.getBody(String.class);
        bus.recommand(requireObject(in), reason == null || reason.isBlank() ? "asked by the adapter" : reason);
        return 0;
    }

    private String object(Message in) {
        return in.getHeader(
                ObjectBusConstants.OBJECT, endpoint.getConfiguration().getObject(), String.class);
    }

    private String requireObject(Message in) {
        String object = object(in);
        if (object == null) {
            throw new IllegalArgumentException("no object given: set the object option or the ObjectBusObject header");
        }
        return object;
    }

    private static String source(Exchange exchange) {
        String route = exchange.getFromRouteId();
        return "route " + (route == null ? "?" : route);
    }

    private static byte[] excerpt(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        String text = body instanceof List<?> || body instanceof Map<?, ?> ? tryJson(body) : body.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String tryJson(Object body) {
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (Exception e) {
            return body.toString();
        }
    }
}
