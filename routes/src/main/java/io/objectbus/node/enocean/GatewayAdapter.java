// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.enocean.EnoceanConstants;
import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.transforms.enocean.DeviceFile;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EepRegistry;
import io.objectbus.transforms.enocean.EnoceanDevice;
import io.objectbus.transforms.enocean.EnoceanNormaliser;
import io.objectbus.transforms.enocean.GatewayObject;
import io.objectbus.transforms.enocean.TeachInRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EnOcean gateway on the bus: the bean of an {@code enocean-gateway} kamelet route that handles its telegrams,
 * started and stopped with that route. Known devices' telegrams become values; in learn mode teach-ins add devices;
 * anything else is reported as an unknown sender. Writes come through the adapter's own {@code enocean-write} route,
 * which its describe step names.
 */
public final class GatewayAdapter extends ServiceSupport implements Processor, RouteIdAware, CamelContextAware {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayAdapter.class);
    /** The exchange property that carries a device's report from the telegram step to the confirm step. */
    private static final String REPORT = "EnoceanReport";

    private final EnoceanNormaliser normaliser = new EnoceanNormaliser(EepRegistry.standard());
    private final UnknownSenders unknown = new UnknownSenders();
    private final Map<Integer, List<String>> lastProblems = new ConcurrentHashMap<>();
    private final AdapterSettings.Parameters parameters = new AdapterSettings.Parameters();
    /** Null until the adapter started: other gateways ask {@link #knows} and {@link #owns} at any time. */
    private volatile DeviceRegistry registry;

    private CamelContext context;
    private AdapterSettings settings;
    private EnoceanAdapters adapters;
    private GatewayWrites writer;
    private BusOutput bus;
    private GatewayLink link;
    private LearnMode learnMode;
    private TeachIns teachIns;
    private ActuatorWrites writes;
    private boolean wasUp;
    private String routeId;

    /**
     * Claims the gateway id and device file before anything else: an adapter refused for another's id or file must
     * not touch that one's file (reading and saving it would lose what the other taught in since).
     */
    @Override
    protected void doStart() throws Exception {
        settings = parameters.settings(context);
        adapters = EnoceanAdapters.of(context);
        adapters.register(this);
        try {
            open();
        } catch (RuntimeException e) {
            adapters.unregister(this);
            throw e;
        }
    }

    private void open() {
        registry =
                DeviceRegistry.open(new DeviceFile(settings.deviceFile()), settings.devices(), normaliser.profiles());
        writer = GatewayWrites.bind(context, routeId, this);
        bus = new BusOutput(context, routeId, GatewayWrites.uri(routeId));
        link = new GatewayLink(context, settings.gateway(), settings.gatewayId());
        learnMode = new LearnMode(settings.learnModeTimeout(), link.scheduler(), this::learnModeChanged);
        teachIns = new TeachIns(registry, normaliser, link, bus, settings.gatewayId());
        Confirmations confirmations = new Confirmations(link.scheduler(), settings.confirmTimeout());
        writes = new ActuatorWrites(normaliser.profiles(), link, bus, confirmations);
        describeAll();
        link.identify(this::identified);
        LOG.info(
                "EnOcean gateway {} at {}: {} devices from {}",
                settings.gatewayId(),
                settings.address(),
                registry.size(),
                settings.deviceFile());
    }

    @Override
    protected void doStop() throws Exception {
        if (adapters != null) {
            adapters.unregister(this);
        }
        if (writer != null) {
            writer.unbind();
        }
        if (learnMode != null) {
            learnMode.close();
        }
        if (link != null) {
            link.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    /** Camel gives the route's id before it starts the route: what the adapter describes belongs to the route. */
    @Override
    public void setRouteId(String routeId) {
        this.routeId = routeId;
    }

    @Override
    public String getRouteId() {
        return routeId;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    /** The kamelet's {@code enocean:} endpoint URI with its link options (parameter gateway of the bean). */
    public void setGateway(String gateway) {
        parameters.gateway = gateway;
    }

    public void setGatewayId(String gatewayId) {
        parameters.gatewayId = gatewayId;
    }

    public void setDevices(String devices) {
        parameters.devices = devices;
    }

    public void setDeviceFile(String deviceFile) {
        parameters.deviceFile = deviceFile;
    }

    public void setLearnModeTimeout(long seconds) {
        parameters.learnModeTimeout = seconds;
    }

    public void setConfirmTimeout(long millis) {
        parameters.confirmTimeout = millis;
    }

    AdapterSettings settings() {
        return settings;
    }

    /**
     * A received telegram. A known device's values become the message for the route's next step, objectbus:publish
     * (body the values, headers the object and the time); teach-ins and unknown senders are handled here. Nothing in
     * a telegram may stop the route, so every failure is logged and the next one comes.
     */
    @Override
    public void process(Exchange exchange) {
        Erp1Telegram telegram = exchange.getMessage().getBody(Erp1Telegram.class);
        if (telegram == null) {
            return;
        }
        try {
            onTelegram(telegram, Instant.now(), exchange);
        } catch (RuntimeException e) {
            LOG.error("EnOcean telegram {} not handled", telegram, e);
        }
    }

    /**
     * After the route published a device's values: the writes they confirm complete now, so that a writer told
     * {@code applied} finds the value on the bus.
     */
    public void confirm(Exchange exchange) {
        Report report = exchange.getProperty(REPORT, Report.class);
        if (report != null) {
            writes.onReport(report.device(), report.values(), report.data());
        }
    }

    /**
     * The link to the gateway changed (connecting, up, down; the route reported it on the bus). Back after a loss,
     * the gateway may have been replaced, and what it told the bus is stale: it is asked again.
     */
    public synchronized void linkChanged(String state) {
        LOG.info("EnOcean gateway {}: link {}", settings.gatewayId(), state);
        // The link's last word may come while the route stops, after the adapter closed its own side.
        if (!isStarted() || !EnoceanConstants.CONNECTION_UP.equals(state)) {
            return;
        }
        if (wasUp) {
            link.identify(this::identified);
            bus.publish(settings.gatewayId(), GatewayObject.LEARN_MODE, learnMode.on());
            publishDeviceCount();
        }
        wasUp = true;
    }

    private void onTelegram(Erp1Telegram t, Instant now, Exchange exchange) {
        Optional<TeachInRequest> teachIn = TeachInRequest.of(t);
        if (learnMode.on() && teachIn.isPresent() && teachIns.accept(t, teachIn.get(), now)) {
            unknown.forget(t.senderId());
            publishDeviceCount();
            return;
        }
        Optional<EnoceanDevice> device = registry.find(t.senderId());
        if (device.isPresent()) {
            report(device.get(), t, teachIn.isEmpty(), now, exchange);
        } else if (!adapters.knownElsewhere(this, t.senderId())) {
            unknown.report(t, teachIn, learnMode.on(), now).ifPresent(event -> {
                LOG.info("EnOcean gateway {}: unknown sender {}", settings.gatewayId(), event);
                bus.event(settings.gatewayId(), event);
            });
        }
    }

    private void report(EnoceanDevice device, Erp1Telegram t, boolean data, Instant now, Exchange exchange) {
        EnoceanNormaliser.Normalised n = normaliser.normalise(device, t, now);
        if (!n.values().isEmpty()) {
            exchange.getMessage().setBody(n.values());
            exchange.getMessage().setHeader(ObjectBusConstants.OBJECT, n.objectId());
            exchange.getMessage().setHeader(ObjectBusConstants.TIMESTAMP, now);
        }
        if (data) {
            // Many sensors send a teach-in when their battery goes in: for a known device that is no problem.
            reportProblems(device, n.problems());
        }
        exchange.setProperty(REPORT, new Report(device, n.values(), data));
    }

    /** Logs and publishes a device's decoding problems when they change, so a faulty sensor does not flood. */
    private void reportProblems(EnoceanDevice device, List<String> problems) {
        List<String> previous = lastProblems.put(device.senderId(), problems);
        if (!problems.isEmpty() && !problems.equals(previous)) {
            LOG.warn("EnOcean device {} ({}): {}", device.sender(), device.eep(), problems);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", "decode-problem");
            event.put("problems", problems);
            bus.event(device.objectId(), event);
        }
    }

    /** Applies a bus write to the gateway object or to one of its devices. */
    CompletableFuture<Void> write(WriteCommand c) {
        if (c.objectId().equals(settings.gatewayId())) {
            if (!c.resourceId().equals(GatewayObject.LEARN_MODE)) {
                return CompletableFuture.failedFuture(
                        new IllegalArgumentException(c.resourceId() + " of the gateway is not writable"));
            }
            learnMode.set(Boolean.TRUE.equals(c.value()));
            return CompletableFuture.completedFuture(null);
        }
        return registry.findByObject(c.objectId())
                .map(device -> writes.write(device, c))
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException(
                        "EnOcean gateway " + settings.gatewayId() + " no longer knows " + c.objectId())));
    }

    boolean knows(int senderId) {
        DeviceRegistry devices = registry;
        return devices != null && devices.find(senderId).isPresent();
    }

    private void describeAll() {
        List<ObjectDescriptor> objects = new ArrayList<>();
        objects.add(GatewayObject.describe(settings.gatewayId(), settings.address()));
        for (EnoceanDevice device : registry.all()) {
            objects.add(normaliser.describe(device));
        }
        bus.describe(objects);
        bus.publish(settings.gatewayId(), GatewayObject.LEARN_MODE, false);
        publishDeviceCount();
    }

    private void publishDeviceCount() {
        bus.publish(settings.gatewayId(), GatewayObject.DEVICES, (long) registry.size());
    }

    private void identified(GatewayLink identifiedLink) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                GatewayObject.BASE_ID, EnoceanIds.toHex(identifiedLink.baseId().baseId()));
        if (identifiedLink.version() != null) {
            values.put(GatewayObject.VERSION, identifiedLink.version().appVersion());
            values.put(
                    GatewayObject.CHIP_ID,
                    EnoceanIds.toHex(identifiedLink.version().chipId()));
        }
        bus.publish(settings.gatewayId(), values, Instant.now());
        LOG.info("EnOcean gateway {} identified: {}", settings.gatewayId(), values);
    }

    private void learnModeChanged(boolean on) {
        bus.publish(settings.gatewayId(), GatewayObject.LEARN_MODE, on);
        LOG.info("EnOcean gateway {}: learn mode {}", settings.gatewayId(), on ? "on" : "off");
    }

    /** What a device's telegram reported, for the writes it may confirm. */
    private record Report(EnoceanDevice device, Map<String, Object> values, boolean data) {}
}
