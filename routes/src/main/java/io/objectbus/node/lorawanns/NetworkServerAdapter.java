// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.node.RouteBean;
import io.objectbus.transforms.lorawanns.ChirpStackMapper;
import io.objectbus.transforms.lorawanns.DownlinkEncoding;
import io.objectbus.transforms.lorawanns.NetworkServerMapper;
import io.objectbus.transforms.lorawanns.NsEvent;
import io.objectbus.transforms.lorawanns.ThingsStackMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * One application of a LoRaWAN network server (a {@code chirpstack-application} or {@code thingsstack-application}
 * kamelet route's bean). Each integration message becomes exchange properties the kamelet's steps hand to the bus:
 * the device's object id ({@value #OBJECT}), its descriptor when it showed resources not yet described
 * ({@value #DESCRIPTOR}), its values ({@value #VALUES}), and the adapter's connection state when it changed
 * ({@value #CONNECTION}). Acks and nacks settle the confirmed downlinks the write route sent.
 */
public final class NetworkServerAdapter extends RouteBean {

    public static final String OBJECT = "LoRaWanObject";
    public static final String DESCRIPTOR = "LoRaWanDescriptor";
    public static final String VALUES = "LoRaWanValues";
    public static final String CONNECTION = "LoRaWanConnection";

    private String application;
    private String tenant = "";
    private String prefix = "";
    private String objectLocation = "";
    private long interval;
    private long silence = 3600;
    private int fPort = 1;
    private boolean confirmed;
    private String template = "";
    private String writable = "";
    private long confirmTimeout = 60000;

    private NetworkServerMapper mapper;
    private DownlinkEncoding encoding;
    private PendingDownlinks pending;
    private SilenceWatch silenceWatch;
    private final Map<String, Map<String, ResourceDescriptor>> described = new ConcurrentHashMap<>();
    private final Map<String, String> devices = new ConcurrentHashMap<>();

    /** The registry name the adapter {@code name} is bound under while it runs. */
    static String registryName(String name) {
        return "lorawan-ns-" + name;
    }

    @Override
    protected String registryName() {
        return registryName(name());
    }

    @Override
    protected void doStart() {
        Ids.require(name(), "LoRaWAN network-server adapter");
        mapper = "chirpstack".equals(protocol())
                ? new ChirpStackMapper(application)
                : new ThingsStackMapper(application, tenant);
        encoding = new DownlinkEncoding(fPort, confirmed, template, writableSet());
        pending = new PendingDownlinks(confirmTimeout);
        silenceWatch =
                new SilenceWatch(getCamelContext(), getRouteId(), name() + "-connection", protocol(), silence * 1000);
        ServiceHelper.startService(silenceWatch);
        bind();
    }

    @Override
    protected void doStop() {
        unbind();
        ServiceHelper.stopService(silenceWatch);
        if (pending != null) {
            pending.failAll("the adapter " + name() + " stopped");
        }
    }

    @Override
    public void process(Exchange exchange) {
        String topic = exchange.getMessage().getHeader(ObjectBusConstants.TOPIC, String.class);
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        NsEvent event = mapper.read(topic, payload == null ? new byte[0] : payload);
        if (silenceWatch.heard()) {
            exchange.setProperty(CONNECTION, "up");
        }
        switch (event.kind()) {
            case VALUES -> values(exchange, event);
            case ACKED -> pending.settle(event.device(), null);
            case NOT_ACKED -> pending.settle(event.device(), event.reason());
            case IGNORED -> {}
        }
    }

    private void values(Exchange exchange, NsEvent event) {
        String object = objectId(event.device());
        exchange.setProperty(OBJECT, object);
        Map<String, ResourceDescriptor> known = described.computeIfAbsent(object, o -> new LinkedHashMap<>());
        synchronized (known) {
            boolean changed = false;
            for (Map.Entry<String, ResourceDescriptor> r : event.resources().entrySet()) {
                ResourceDescriptor d =
                        encoding.writable().contains(r.getKey()) ? r.getValue().writable(null) : r.getValue();
                changed |= !d.equals(known.put(r.getKey(), d));
            }
            if (changed) {
                exchange.setProperty(DESCRIPTOR, descriptor(object, event.device(), known));
            }
        }
        exchange.setProperty(VALUES, event.values());
    }

    /** The downlink a bus write of one of the adapter's objects becomes, and what settles the write. */
    Sent command(WriteCommand write) {
        String device = devices.get(write.objectId());
        if (device == null) {
            throw new IllegalStateException(write.objectId() + " is not a device of " + name());
        }
        NetworkServerMapper.Downlink downlink = mapper.downlink(device, encoding.request(write));
        // Unconfirmed: applied once the downlink is queued on the broker, the network server says no more.
        CompletableFuture<Void> done =
                encoding.confirmed() ? pending.expect(device) : CompletableFuture.completedFuture(null);
        return new Sent(downlink, done);
    }

    record Sent(NetworkServerMapper.Downlink downlink, CompletableFuture<Void> done) {}

    private String objectId(String device) {
        String object = Ids.canonical(prefix + device);
        devices.putIfAbsent(object, device);
        return object;
    }

    private ObjectDescriptor descriptor(String object, String device, Map<String, ResourceDescriptor> resources) {
        return new ObjectDescriptor(
                object,
                object,
                protocol() + "-device",
                protocol(),
                device,
                objectLocation.isBlank() ? null : objectLocation,
                List.of(),
                Map.copyOf(resources),
                interval);
    }

    private java.util.Set<String> writableSet() {
        return Arrays.stream(writable.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    public void setApplication(String application) {
        this.application = application;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public void setObjectLocation(String objectLocation) {
        this.objectLocation = objectLocation;
    }

    public void setInterval(long interval) {
        this.interval = interval;
    }

    public void setSilence(long silence) {
        this.silence = silence;
    }

    public void setFPort(int fPort) {
        this.fPort = fPort;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public void setWritable(String writable) {
        this.writable = writable;
    }

    public void setConfirmTimeout(long confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }
}
