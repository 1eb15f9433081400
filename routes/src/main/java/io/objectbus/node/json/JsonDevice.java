// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.bus.BusNode;
import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.json.JsonMapping;
import io.objectbus.transforms.json.JsonReadings;
import io.objectbus.transforms.json.JsonResource;
import io.objectbus.transforms.json.JsonResourceList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * One device that speaks JSON (over HTTP or CoAP): the bean of its adapter kamelet's route, made from the adapter
 * file's parameters. It describes the device's object, reads the device's payloads into values with the mapping, and
 * turns a bus write into the device's request. A payload that does not fit turns the values it lacks stale and goes
 * to {@code $errors}, once for each new problem, with the payload. It is also its route's policy: bound for the
 * device's write route while the route runs, unbound when it stops or its file is deleted; a device that posts is put
 * on the bus when its route starts.
 */
public final class JsonDevice extends RoutePolicySupport {

    private final Map<String, Object> lastValues = new ConcurrentHashMap<>();
    private final Map<String, String> lastProblems = new ConcurrentHashMap<>();
    private String objectId;
    private String objectName = "";
    private String objectType = "device";
    private String protocol = "http";
    private String address = "";
    private String language = "jsonpath";
    private List<JsonResource> resources = List.of();
    private long staleAfterSeconds;
    private WriteTemplate write = new WriteTemplate("", "PUT", "", "application/json");
    private volatile JsonMapping mapping;
    private String token = "";
    private String describeUri = "";
    private String connectionUri = "";
    private volatile DeviceAnnouncement announcement;

    @Override
    public void onStart(Route route) {
        DeviceWrites.bind(route.getCamelContext(), objectId, this);
        if (!describeUri.isBlank()) {
            announcement = DeviceAnnouncement.announce(route, this, describeUri, connectionUri);
        }
    }

    @Override
    public void onStop(Route route) {
        stopped(route);
    }

    @Override
    public void onRemove(Route route) {
        stopped(route);
    }

    private void stopped(Route route) {
        DeviceWrites.unbind(route.getCamelContext(), objectId, this);
        DeviceAnnouncement last = announcement;
        announcement = null;
        if (last != null) {
            last.close();
        }
    }

    /** Whether the bus lacks the device's object: at the first exchange, and after its route was stopped. */
    public boolean needsDescribe(Exchange exchange) {
        DeviceWrites.bind(exchange.getContext(), objectId, this);
        return !bus(exchange).knows(objectId);
    }

    public ObjectDescriptor descriptor() {
        Map<String, ResourceDescriptor> described = new LinkedHashMap<>();
        resources.forEach(r -> described.put(r.id(), r.descriptor()));
        String name = objectName.isBlank() ? objectId : objectName;
        return new ObjectDescriptor(
                objectId, name, objectType, protocol, address, null, List.of(), described, staleAfterSeconds);
    }

    /**
     * The values of the device's payload (the body) as a map for {@code objectbus:publish}: each resource found, and
     * each one not found as its last value, stale with the reason. A payload that is no JSON turns them all stale.
     */
    public Map<String, Object> samples(Exchange exchange) {
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        JsonReadings readings = mapping(exchange).read(payload);
        if (readings.unreadable() != null) {
            report(exchange, "*", readings.unreadable(), payload);
            bus(exchange).markStale(objectId, "payload does not fit: " + readings.unreadable());
            return Map.of();
        }
        lastProblems.remove("*");
        Map<String, Object> samples = new LinkedHashMap<>(readings.values());
        lastValues.putAll(readings.values());
        readings.values().keySet().forEach(lastProblems::remove);
        readings.problems().forEach((resource, problem) -> {
            report(exchange, resource, problem, payload);
            Object last = lastValues.get(resource);
            if (last != null) {
                samples.put(resource, Map.of("v", last, "q", "stale", "r", "payload does not fit: " + problem));
            }
        });
        return samples;
    }

    /**
     * A device's post (http-device-push, coap-device-push): refused (401 or 4.01, on {@code $errors}; exchange property
     * {@code JsonDeviceRefused}) without the device's token; else its values, as {@link #samples}. {@link #answer}
     * makes the reply.
     */
    public Map<String, Object> posted(Exchange exchange) {
        boolean coap = "coap".equals(protocol);
        if (coap
                ? !PushAnswers.authoriseCoap(exchange, token, objectId)
                : !PushAnswers.authorise(exchange, token, objectId)) {
            return Map.of();
        }
        if (!bus(exchange).knows(objectId)) {
            // Between a route's stop and its start the object is off the bus: the device posts again later.
            exchange.setProperty(PushAnswers.REFUSED, "the adapter of " + objectId + " is not running");
            exchange.setProperty(PushAnswers.UNAVAILABLE, true);
            return Map.of();
        }
        return samples(exchange);
    }

    /**
     * The reply to a device's post: 401 where refused, 400 with the reason where it was no JSON, 503 while the object is
     * off the bus (its route starting or stopping), else 204; over CoAP 4.01, 4.00, 5.03 and 2.04.
     */
    public void answer(Exchange exchange) {
        String refused = exchange.getProperty(PushAnswers.REFUSED, String.class);
        boolean unavailable = exchange.getProperty(PushAnswers.UNAVAILABLE, false, Boolean.class);
        String unreadable = lastProblems.get("*");
        String reason = refused != null ? refused : unreadable;
        if ("coap".equals(protocol)) {
            String code = unavailable ? "5.03" : refused != null ? "4.01" : unreadable != null ? "4.00" : "2.04";
            PushAnswers.answerCoap(exchange, code, reason);
        } else {
            int status = unavailable ? 503 : refused != null ? 401 : unreadable != null ? 400 : 204;
            PushAnswers.answer(exchange, status, reason);
        }
    }

    /** The device's request for a write (the body, a {@link WriteCommand}). */
    public DeviceRequest request(WriteCommand command) {
        return write.request(command);
    }

    private void report(Exchange exchange, String resource, String problem, byte[] payload) {
        if (!problem.equals(lastProblems.put(resource, problem))) {
            String source = protocol + " device " + objectId + ("*".equals(resource) ? "" : "/" + resource);
            bus(exchange).errors().report(source, "payload does not fit: " + problem, payload);
        }
    }

    private JsonMapping mapping(Exchange exchange) {
        JsonMapping current = mapping;
        if (current == null) {
            current = new JsonMapping(exchange.getContext(), language, resources);
            mapping = current;
        }
        return current;
    }

    static BusNode bus(Exchange exchange) {
        return exchange.getContext()
                .getComponent("objectbus", ObjectBusComponent.class)
                .getBus();
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public void setObjectName(String objectName) {
        this.objectName = objectName;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The resources, as {@link JsonResourceList} reads them: a wrong list fails the route when it is made. */
    public void setResources(String resources) {
        this.resources = JsonResourceList.parse(resources);
    }

    /** Values turn stale when the device reports nothing for this long (0: never); rounded up to seconds. */
    public void setStaleAfterMillis(long millis) {
        this.staleAfterSeconds = (millis + 999) / 1000;
    }

    /** The bearer token the device posts with; never logged. */
    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }

    /** Where the object is described when the route starts (a device that posts); empty: at its first exchange. */
    public void setDescribeUri(String describeUri) {
        this.describeUri = describeUri == null ? "" : describeUri;
    }

    /** Where the connection object is reported {@code up} when the route starts, with {@link #setDescribeUri}. */
    public void setConnectionUri(String connectionUri) {
        this.connectionUri = connectionUri == null ? "" : connectionUri;
    }

    public void setWriteUrl(String url) {
        write = new WriteTemplate(url, write.method(), write.body(), write.contentType());
    }

    public void setWriteMethod(String method) {
        write = new WriteTemplate(write.url(), method, write.body(), write.contentType());
    }

    public void setWriteBody(String body) {
        write = new WriteTemplate(write.url(), write.method(), body, write.contentType());
    }

    public void setWriteContentType(String contentType) {
        write = new WriteTemplate(write.url(), write.method(), write.body(), contentType);
    }
}
