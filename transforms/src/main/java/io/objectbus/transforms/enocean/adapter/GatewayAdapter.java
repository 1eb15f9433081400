// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.enocean.EnoceanConstants;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.transforms.enocean.DeviceFile;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EepRegistry;
import io.objectbus.transforms.enocean.EnoceanNormaliser;
import io.objectbus.transforms.enocean.GatewayObject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EnOcean gateway on the bus: the bean of an {@code enocean-gateway} kamelet route that handles its exchanges,
 * started and stopped with that route. Each exchange (a telegram, a change of the connection) leaves what the bus is
 * to learn in the exchange: a known device's values as its message, everything else (descriptions, the gateway's
 * values, events) as {@link BusMessage}s in the property {@link BusMessage#PROPERTY}, which the route sends to the
 * {@code objectbus:} endpoints. Writes come through the adapter's own {@code enocean-write} route.
 */
public final class GatewayAdapter extends GatewayBean {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayAdapter.class);

    private final EnoceanNormaliser normaliser = new EnoceanNormaliser(EepRegistry.standard());
    /** Null until the adapter started: other gateways ask {@link #knows} at any time. */
    private volatile DeviceRegistry registry;

    private AdapterSettings settings;
    private EnoceanAdapters adapters;
    private GatewayWrites writer;
    private BusOutput expiryOutput;
    private GatewaySender sender;
    private LearnMode learnMode;
    private ActuatorWrites writes;
    private GatewayValues gateway;
    private Telegrams telegrams;
    private ConnectionLife life;

    /**
     * The write processor is bound before the route starts: its describe step's producer makes the write route, which
     * refers to it, when it starts.
     */
    @Override
    protected void doInit() {
        writer = GatewayWrites.bind(getCamelContext(), getRouteId(), this);
    }

    /**
     * Claims the gateway id and device file before anything else: an adapter refused for another's id or file must
     * not touch that one's file (reading and saving it would lose what the other taught in since).
     */
    @Override
    protected void doStart() throws Exception {
        settings = parameters.settings(getCamelContext());
        adapters = EnoceanAdapters.of(getCamelContext());
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
        writer = GatewayWrites.bind(getCamelContext(), getRouteId(), this);
        expiryOutput = new BusOutput(getCamelContext(), getRouteId());
        sender = new GatewaySender(getCamelContext(), settings.gateway(), settings.gatewayId());
        learnMode = new LearnMode(settings.learnModeTimeout(), sender.scheduler(), this::learnModeExpired);
        gateway = new GatewayValues(settings, registry, normaliser);
        life = new ConnectionLife(sender, gateway);
        TeachIns teachIns = new TeachIns(registry, normaliser, sender, settings.gatewayId());
        telegrams = new Telegrams(normaliser, registry, learnMode, teachIns, gateway, this::knownElsewhere, id());
        writes = new ActuatorWrites(
                normaliser.profiles(), sender, new Confirmations(sender.scheduler(), settings.confirmTimeout()));
        LOG.info(
                "EnOcean gateway {} at {}: {} devices from {}",
                id(),
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
        for (AutoCloseable closeable : new AutoCloseable[] {sender, expiryOutput}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    AdapterSettings settings() {
        return settings;
    }

    /**
     * A received telegram: a known device's values become the exchange's message for the route's objectbus:publish
     * (body the values, headers the object and the time); teach-ins and unknown senders become bus messages. Nothing
     * in a telegram may stop the route, so every failure is logged and the next one comes.
     */
    @Override
    public synchronized void process(Exchange exchange) {
        Erp1Telegram telegram = exchange.getMessage().getBody(Erp1Telegram.class);
        BusMessages bus = new BusMessages();
        try {
            life.describeOnce(bus);
            life.identifyWhenDue(bus);
            if (telegram != null) {
                telegrams.handle(telegram, Instant.now(), exchange, bus);
            }
        } catch (RuntimeException e) {
            LOG.error("EnOcean telegram {} not handled", telegram, e);
        } finally {
            exchange.setProperty(BusMessage.PROPERTY, bus.list());
        }
    }

    /**
     * The connection to the gateway changed (connecting, up, down; the route reported it on the bus). The first
     * exchange describes the adapter's objects; back after a loss, the gateway may have been replaced, and what it
     * told the bus is stale: it is asked again.
     */
    public synchronized void connectionChanged(Exchange exchange) {
        String state = exchange.getMessage().getBody(String.class);
        LOG.info("EnOcean gateway {}: connection {}", id(), state);
        BusMessages bus = new BusMessages();
        // The connection's last word may come while the route stops, after the adapter closed its own side.
        if (isStarted()) {
            life.describeOnce(bus);
            if (EnoceanConstants.CONNECTION_UP.equals(state)) {
                life.up(bus, learnMode.on());
            }
        }
        exchange.setProperty(BusMessage.PROPERTY, bus.list());
    }

    /**
     * After the route published a device's values: the writes they confirm complete now, so that a writer told
     * {@code applied} finds the value on the bus.
     */
    public void confirm(Exchange exchange) {
        Telegrams.Report report = exchange.getProperty(Telegrams.REPORT, Telegrams.Report.class);
        if (report != null) {
            writes.onReport(report.device(), report.values(), report.data());
        }
    }

    /** Applies a bus write to the gateway object or to one of its devices; what the bus is to show goes to bus. */
    CompletableFuture<Void> write(WriteCommand c, BusMessages bus) {
        if (!isStarted()) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("the EnOcean adapter of route " + getRouteId() + " is not running"));
        }
        if (c.objectId().equals(id())) {
            if (!c.resourceId().equals(GatewayObject.LEARN_MODE)) {
                return CompletableFuture.failedFuture(
                        new IllegalArgumentException(c.resourceId() + " of the gateway is not writable"));
            }
            boolean on = Boolean.TRUE.equals(c.value());
            learnMode.set(on);
            gateway.learnMode(bus, on);
            LOG.info("EnOcean gateway {}: learn mode {}", id(), on ? "on" : "off");
            return CompletableFuture.completedFuture(null);
        }
        return registry.findByObject(c.objectId())
                .map(device -> writes.write(device, c, bus))
                .orElseGet(() -> CompletableFuture.failedFuture(
                        new IllegalStateException("EnOcean gateway " + id() + " no longer knows " + c.objectId())));
    }

    boolean knows(int senderId) {
        DeviceRegistry devices = registry;
        return devices != null && devices.find(senderId).isPresent();
    }

    private boolean knownElsewhere(int senderId) {
        return adapters.knownElsewhere(this, senderId);
    }

    private void learnModeExpired() {
        expiryOutput.publish(id(), GatewayObject.LEARN_MODE, false);
        LOG.info("EnOcean gateway {}: learn mode off", id());
    }

    private String id() {
        return settings.gatewayId();
    }
}
