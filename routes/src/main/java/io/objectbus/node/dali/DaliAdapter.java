// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.AdapterBean;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.transforms.dali.DaliObjects;
import io.objectbus.transforms.dali.Discovery;
import io.objectbus.transforms.dali.GearInfo;
import io.objectbus.transforms.dali.InputDeviceInfo;
import io.objectbus.transforms.dali.InputResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DALI bus on the object bus: the bean of a {@code dali-bus} kamelet route, started and stopped with it. When the
 * gateway is up it discovers the bus and then polls it; input devices' events become sensor values in the route;
 * writes come through the adapter's own {@code dali-write} route. Discovery, polls and commissioning take turns on
 * one thread, so they never interleave on the bus.
 */
public final class DaliAdapter extends AdapterBean {

    private static final Logger LOG = LoggerFactory.getLogger(DaliAdapter.class);

    private String gateway;
    private String gatewayAddress;
    private String busId;
    private long pollInterval = 10;
    private ScheduledExecutorService worker;
    private DaliLink link;
    private DaliOutput out;
    private BusModel model;
    private DaliWrites writes;
    private boolean polling;
    private String lastPollProblem;

    @Override
    protected void doStart() throws Exception {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dali-adapter-" + busId);
            t.setDaemon(true);
            return t;
        });
        link = new DaliLink(getCamelContext(), gateway);
        writes = DaliWrites.bind(getCamelContext(), getRouteId(), this);
        out = new DaliOutput(getCamelContext(), getRouteId(), DaliWrites.uri(getRouteId()));
        model = new BusModel(busId, gatewayAddress, out);
        out.describe(DaliObjects.bus(busId, gatewayAddress));
    }

    @Override
    protected void doStop() throws Exception {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (writes != null) {
            writes.unbind();
        }
        if (link != null) {
            link.close();
        }
        if (out != null) {
            out.close();
        }
    }

    /** The state of the link to the gateway: up starts a discovery, and the polls after the first one. */
    public synchronized void linkChanged(String state) {
        LOG.info("DALI bus {}: gateway {}", busId, state);
        if (!isStarted() || !"up".equals(state)) {
            return;
        }
        worker.execute(this::discover);
        if (!polling) {
            polling = true;
            worker.scheduleWithFixedDelay(this::poll, pollInterval, pollInterval, TimeUnit.SECONDS);
        }
    }

    void discover() {
        try {
            model.discover(link);
        } catch (Exception e) {
            LOG.warn("DALI bus {}: discovery stopped: {}", busId, e.getMessage());
        }
    }

    /** A write's frame went out: its gear and groups show it; gear a scene reached are asked their level. */
    void applied(ForwardFrame frame) {
        try {
            List<GearInfo> unknown = model.applied(frame);
            if (!unknown.isEmpty()) {
                worker.execute(() -> refresh(unknown));
            }
        } catch (RuntimeException e) {
            LOG.warn("DALI bus {}: values after {} not shown: {}", busId, frame, e.getMessage());
        }
    }

    private void refresh(List<GearInfo> which) {
        try {
            model.refresh(link, which);
        } catch (Exception e) {
            LOG.warn("DALI bus {}: levels after a scene not read: {}", busId, e.getMessage());
        }
    }

    private void poll() {
        try {
            model.poll(link);
            lastPollProblem = null;
        } catch (Exception e) {
            String reason = String.valueOf(e.getMessage());
            // Once per reason at WARN: a gateway that stays down must not flood the log every poll.
            if (!reason.equals(lastPollProblem)) {
                LOG.warn("DALI bus {}: poll stopped: {}", busId, reason);
            } else {
                LOG.debug("DALI bus {}: poll stopped: {}", busId, reason);
            }
            lastPollProblem = reason;
        }
    }

    /** An input device's event: its value becomes the message for objectbus:publish (body and ObjectBusObject). */
    @Override
    public void process(Exchange exchange) {
        EventMessage event = exchange.getMessage().getBody(EventMessage.class);
        exchange.getMessage().removeHeader(ObjectBusConstants.OBJECT);
        if (event == null || event.shortAddress() < 0 || model.device(event.shortAddress()) == null) {
            LOG.debug("DALI bus {}: event {} from no known device", busId, event);
            return;
        }
        InputDeviceInfo device = model.device(event.shortAddress());
        int instance = event.instanceNumber() >= 0
                ? event.instanceNumber()
                : device.instanceTypes().indexOf(event.instanceType());
        if (instance < 0 || instance >= device.instanceTypes().size()) {
            return;
        }
        Optional<Map.Entry<String, Object>> value =
                InputResources.value(device.instanceTypes().get(instance), instance, event.info());
        value.ifPresent(v -> {
            exchange.getMessage().setBody(Map.of(v.getKey(), v.getValue()));
            exchange.getMessage()
                    .setHeader(ObjectBusConstants.OBJECT, DaliObjects.sensorId(busId, device.shortAddress()));
        });
    }

    ScheduledExecutorService worker() {
        return worker;
    }

    /** Asks the whole bus again now, on the calling thread; fails with the reason it stopped. */
    Discovery.Result discoverNow() throws Exception {
        return model.discover(link);
    }

    DaliLink link() {
        return link;
    }

    BusModel model() {
        return model;
    }

    DaliOutput out() {
        return out;
    }

    String busId() {
        return busId;
    }

    /** The kamelet's {@code dali:} endpoint URI with its options. */
    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    /** The gateway as the user wrote it, for descriptions. */
    public void setGatewayAddress(String gatewayAddress) {
        this.gatewayAddress = gatewayAddress;
    }

    public void setBusId(String busId) {
        this.busId = busId;
    }

    public void setPollInterval(long seconds) {
        this.pollInterval = Math.max(1, seconds);
    }
}
