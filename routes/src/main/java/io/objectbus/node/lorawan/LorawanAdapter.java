// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.AdapterBean;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.lorawan.LorawanConstants;
import io.objectbus.component.lorawan.Reception;
import io.objectbus.component.lorawan.Uplink;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.lorawan.Codecs;
import io.objectbus.transforms.lorawan.DeviceMetadata;
import io.objectbus.transforms.lorawan.Measurement;
import io.objectbus.transforms.lorawan.PayloadCodec;
import io.objectbus.transforms.lorawan.PayloadException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LoRaWAN network server's devices on the bus: the bean of a {@code lorawan-gateway} kamelet route. Uplinks
 * become the device's values (codec measurements and radio metadata) for the route's objectbus:publish step; refused
 * input goes to $errors and is counted on its gateway's object; writes of a device's downlink go through the
 * adapter's own {@code lorawan-write} route. Called on the route's threads: a device's events in order on one of
 * them, different devices' in parallel.
 */
public final class LorawanAdapter extends AdapterBean {

    private static final Logger LOG = LoggerFactory.getLogger(LorawanAdapter.class);

    private final Map<String, PayloadCodec> codecs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ResourceDescriptor>> described = new ConcurrentHashMap<>();
    private final GatewayReach reach = new GatewayReach();
    private String server;
    private String adapterId = "lorawan";
    private String devices = "";
    private String codec = "lpp";
    private long interval = 3600;
    private Map<String, DeviceProfile> profiles;
    private DeviceProfile defaults;
    private LorawanWrites writes;
    private BusOutput bus;
    private GatewayObjects gateways;
    private ScheduledExecutorService flusher;

    @Override
    protected void doStart() {
        defaults = new DeviceProfile("", codec, null, null, interval, 1, false);
        profiles = DeviceProfile.parse(devices, defaults);
        profiles.values().forEach(p -> codecs.put(p.devEui(), Codecs.of(p.codec())));
        writes = LorawanWrites.bind(getCamelContext(), getRouteId(), this);
        bus = new BusOutput(getCamelContext(), getRouteId(), LorawanWrites.uri(getRouteId()));
        gateways = new GatewayObjects(adapterId, bus);
        flusher = getCamelContext()
                .getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "lorawan-gateway-counts");
        long period = GatewayObjects.UPLINKS_PERIOD_NANOS;
        flusher.scheduleWithFixedDelay(() -> gateways.flush(System.nanoTime()), period, period, TimeUnit.NANOSECONDS);
        profiles.values().forEach(p -> describe(p, DeviceObjects.declared(codecs.get(p.devEui()))));
        LOG.info("LoRaWAN adapter {} on server {}: {} devices configured", adapterId, server, profiles.size());
    }

    @Override
    protected void doStop() throws Exception {
        if (flusher != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(flusher);
        }
        if (writes != null) {
            writes.unbind();
        }
        if (bus != null) {
            bus.close();
        }
        described.clear();
        if (gateways != null) {
            gateways.clear();
        }
    }

    /** An event of the server: an uplink becomes values for the next step; refused input goes to $errors. */
    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getMessage();
        String event = in.getHeader(LorawanConstants.EVENT, String.class);
        String gateway = in.getHeader(LorawanConstants.GATEWAY_EUI, String.class);
        try {
            if (gateway != null) {
                gateways.seen(gateway);
            }
            if (LorawanConstants.UPLINK.equals(event)) {
                uplink(in, uplinkOf(in), Instant.now());
            } else if (LorawanConstants.ERROR.equals(event)) {
                refused(gateway, in.getHeader(LorawanConstants.REASON, String.class), in.getBody(byte[].class));
            } else if (LorawanConstants.GATEWAY.equals(event)) {
                gatewayState(gateway, in.getBody(String.class), in.getHeader(LorawanConstants.REASON, String.class));
            } else if (LorawanConstants.STATS.equals(event)) {
                gateways.stats(gateway, in.getBody(String.class));
            } else if (LorawanConstants.JOIN.equals(event)) {
                LOG.info("LoRaWAN device {} joined as {}", in.getHeader(LorawanConstants.DEV_EUI), in.getBody());
            }
        } catch (RuntimeException e) {
            LOG.error("LoRaWAN {} event not handled", event, e);
        }
    }

    private void uplink(Message in, Uplink uplink, Instant at) {
        DeviceProfile profile = profiles.getOrDefault(uplink.devEui(), defaults.forDevice(uplink.devEui()));
        PayloadCodec deviceCodec = codecs.computeIfAbsent(uplink.devEui(), k -> Codecs.of(profile.codec()));
        Map<String, Object> values = new LinkedHashMap<>(DeviceMetadata.values(uplink, at));
        List<Measurement> measurements = List.of();
        try {
            measurements = uplink.fPort() > 0 ? deviceCodec.decode(uplink.fPort(), uplink.payload()) : List.of();
        } catch (PayloadException e) {
            bus.error("lorawan device " + uplink.devEui(), e.getMessage(), uplink.payload());
        }
        measurements.forEach(m -> values.put(m.resource(), m.value()));
        describe(profile, DeviceObjects.of(measurements));
        gateways.uplink(uplink.best().gatewayEui(), System.nanoTime());
        reach.heard(uplink.devEui(), uplink.receptions(), at);
        in.setBody(values);
        in.setHeader(ObjectBusConstants.OBJECT, DeviceObjects.deviceId(adapterId, uplink.devEui()));
        in.setHeader(ObjectBusConstants.TIMESTAMP, at);
    }

    /** Describes the device again when its codec found resources not yet described. */
    private void describe(DeviceProfile profile, Map<String, ResourceDescriptor> found) {
        Map<String, ResourceDescriptor> known = described.get(profile.devEui());
        if (known != null && known.keySet().containsAll(found.keySet())) {
            return;
        }
        Map<String, ResourceDescriptor> all = new LinkedHashMap<>(known == null ? Map.of() : known);
        all.putAll(found);
        described.put(profile.devEui(), all);
        bus.describe(DeviceObjects.device(adapterId, profile, all));
    }

    /** A gateway down turns stale the devices no gateway that is up still hears (the route's connection does not). */
    private void gatewayState(String gateway, String state, String reason) {
        if ("up".equals(state)) {
            reach.up(gateway);
            return;
        }
        String why = "every gateway that hears it is down (" + gateway + ": " + reason + ")";
        reach.down(gateway, Instant.now(), eui -> profileOf(DeviceObjects.deviceId(adapterId, eui))
                        .interval())
                .forEach(eui -> bus.stale(DeviceObjects.deviceId(adapterId, eui), why));
    }

    private void refused(String gateway, String reason, byte[] data) {
        String source = gateway == null ? "lorawan server " + server : "lorawan gateway " + gateway;
        bus.error(source, reason, data);
        if (gateway != null) {
            gateways.refused(gateway, reason);
        }
    }

    @SuppressWarnings("unchecked")
    private static Uplink uplinkOf(Message in) {
        List<Reception> receptions = in.getHeader(LorawanConstants.RECEPTIONS, List.class);
        String best = in.getHeader(LorawanConstants.GATEWAY_EUI, String.class);
        return new Uplink(
                in.getHeader(LorawanConstants.DEV_EUI, String.class),
                in.getHeader(LorawanConstants.DEV_ADDR, String.class),
                in.getHeader(LorawanConstants.FCNT, Long.class),
                in.getHeader(LorawanConstants.FPORT, Integer.class),
                in.getBody(byte[].class),
                in.getHeader(LorawanConstants.CONFIRMED, Boolean.class),
                in.getHeader(LorawanConstants.ACK, Boolean.class),
                receptions.stream()
                        .filter(r -> r.gatewayEui().equals(best))
                        .findFirst()
                        .orElse(receptions.get(0)),
                receptions);
    }

    /** The downlink settings of a device's object, or null when it is not one of this adapter's. */
    DeviceProfile profileOf(String objectId) {
        String prefix = adapterId + "-";
        if (!objectId.startsWith(prefix)) {
            return null;
        }
        String eui = objectId.substring(prefix.length());
        return profiles.getOrDefault(eui, defaults.forDevice(eui));
    }

    String server() {
        return server;
    }

    /** The kamelet's server name (the lorawan: endpoint's name). */
    public void setServer(String server) {
        this.server = server;
    }

    /** Prefix of the adapter's object ids. */
    public void setAdapterId(String adapterId) {
        this.adapterId = adapterId;
    }

    /** Device profiles: 'DevEUI, codec[, name=..., location=..., interval=s, fport=n, confirmed=true]; ...'. */
    public void setDevices(String devices) {
        this.devices = devices;
    }

    /** The codec of devices without a profile. */
    public void setCodec(String codec) {
        this.codec = codec;
    }

    /** Seconds between uplinks of devices without a profile's interval; past it their values turn stale. */
    public void setInterval(long interval) {
        this.interval = interval;
    }
}
