// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.node.RouteBean;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.DeviceMapper;
import io.objectbus.transforms.mqttjson.DeviceMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * One MQTT device that speaks its own JSON (a {@code tasmota-device}, {@code shelly-device} or
 * {@code zigbee2mqtt-device} kamelet route's bean, started and stopped with that route). Each message of the device
 * becomes exchange properties the kamelet's steps hand to the bus: the connection state
 * ({@value #CONNECTION}), the object's descriptor when the device showed resources not yet described
 * ({@value #DESCRIPTOR}), its values ({@value #VALUES}). The device's replies settle the writes its write route
 * sent ({@link DeviceCommands}). A message the mapping cannot read fails the exchange: the subscription reports it
 * on {@code $errors} with the payload, and the next message follows.
 */
public final class DeviceAdapter extends RouteBean {

    public static final String CONNECTION = "MqttDeviceConnection";
    public static final String DESCRIPTOR = "MqttDeviceDescriptor";
    public static final String VALUES = "MqttDeviceValues";

    private String device;
    private String base = "zigbee2mqtt";
    private String title = "";
    private String location = "";
    private long confirmTimeout = 5000;
    private long staleAfter;

    private DeviceMapper mapper;
    private Confirmations confirmations;
    private StateRequest stateRequest;
    private final Map<String, ResourceDescriptor> described = new LinkedHashMap<>();
    private final Map<String, Object> lastReported = new ConcurrentHashMap<>();
    private volatile boolean online;

    /** The registry name the adapter of object {@code name} is bound under while it runs. */
    static String registryName(String name) {
        return "mqtt-device-" + name;
    }

    @Override
    protected String registryName() {
        return registryName(name());
    }

    @Override
    protected void doStart() {
        Ids.require(name(), "MQTT device object");
        mapper = DeviceMappers.of(protocol(), name(), device, base);
        confirmations = new Confirmations(name(), confirmTimeout);
        bind();
        mapper.stateRequest().ifPresent(request -> {
            stateRequest = new StateRequest(getCamelContext(), getRouteId(), request);
            getCamelContext().getManagementStrategy().addEventNotifier(stateRequest);
            ServiceHelper.startService(stateRequest);
        });
    }

    @Override
    protected void doStop() {
        unbind();
        if (stateRequest != null) {
            getCamelContext().getManagementStrategy().removeEventNotifier(stateRequest);
            ServiceHelper.stopService(stateRequest);
        }
        if (confirmations != null) {
            confirmations.failAll("the adapter of " + name() + " stopped");
        }
    }

    @Override
    public void process(Exchange exchange) {
        String topic = exchange.getMessage().getHeader(ObjectBusConstants.TOPIC, String.class);
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        DeviceMessage message = mapper.read(topic, payload == null ? new byte[0] : payload);
        switch (message.kind()) {
            case VALUES -> {
                connected(exchange, true, null);
                describeNew(exchange, message.resources());
                lastReported.putAll(message.values());
                exchange.setProperty(VALUES, message.values());
            }
            case DESCRIBED -> describeNew(exchange, message.resources());
            case ONLINE -> {
                if (connected(exchange, true, null) && stateRequest != null) {
                    stateRequest.send(); // back after a loss: its values are stale until it reports them
                }
            }
            case OFFLINE -> {
                connected(exchange, false, message.reason());
                confirmations.failAll(message.reason());
            }
            case ACCEPTED -> confirmations.onAccepted(message.resource(), lastReported.get(message.resource()));
            case REFUSED -> confirmations.onRefused(message.resource(), message.reason());
            case IGNORED -> {}
        }
    }

    /** After the values are on the bus: the writes they confirm are applied. */
    public void confirm(Exchange exchange) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = exchange.getProperty(VALUES, Map.class);
        if (values != null) {
            confirmations.onValues(values);
        }
    }

    /**
     * The device's command for a bus write, and the confirmation it waits for; the command is sent by the write
     * route. A device that is offline (or not yet heard from) fails the write at once.
     */
    Sent command(WriteCommand write) {
        if (!online) {
            throw new IllegalStateException(name() + " is offline");
        }
        DeviceCommand command = mapper.command(write);
        return new Sent(command, confirmations.expect(command));
    }

    /** A command to send and what settles its write. */
    record Sent(DeviceCommand command, CompletableFuture<Void> confirmed) {}

    /** Returns whether the state changed. */
    private boolean connected(Exchange exchange, boolean up, String reason) {
        if (online == up) {
            return false;
        }
        online = up;
        exchange.setProperty(CONNECTION, up ? "up" : "down");
        if (reason != null) {
            exchange.getMessage().setHeader(ObjectBusConstants.REASON, reason);
        }
        return true;
    }

    /** Describes the object again when the device showed a resource that is new or described otherwise. */
    private synchronized void describeNew(Exchange exchange, Map<String, ResourceDescriptor> resources) {
        boolean changed = false;
        for (Map.Entry<String, ResourceDescriptor> resource : resources.entrySet()) {
            changed |= !resource.getValue().equals(described.put(resource.getKey(), resource.getValue()));
        }
        if (changed) {
            exchange.setProperty(DESCRIPTOR, descriptor());
        }
    }

    private ObjectDescriptor descriptor() {
        return new ObjectDescriptor(
                name(),
                title.isBlank() ? name() : title,
                protocol() + "-device",
                protocol(),
                mapper.address(),
                location.isBlank() ? null : location,
                List.of(),
                Map.copyOf(described),
                staleAfter);
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public void setConfirmTimeout(long confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    public void setStaleAfter(long staleAfter) {
        this.staleAfter = staleAfter;
    }
}
