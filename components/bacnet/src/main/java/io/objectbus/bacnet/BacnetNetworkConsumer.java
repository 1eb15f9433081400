// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.network.DeviceLost;
import io.objectbus.bacnet.network.DeviceScan;
import io.objectbus.bacnet.network.NetworkListener;
import io.objectbus.bacnet.network.NetworkWatch;
import io.objectbus.bacnet.network.PointValues;
import io.objectbus.bacnet.network.WatchOptions;
import io.objectbus.bacnet.stack.BacnetStack;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.backoff.BackOff;
import org.apache.camel.util.backoff.BackOffTimer;

/**
 * {@code bacnet:network}: watches every device in the Who-Is range and sends one exchange per thing seen, in order:
 * {@code bound} first (the UDP socket is bound, body the local port), or {@code unusable} (the socket cannot be bound,
 * or sends from it fail; body the reason; tried again until it can be used, then {@code bound}), then {@code scanned} (a device and its point objects, body {@link DeviceScan}), {@code values} (from COV or a poll,
 * body {@link PointValues}), {@code lost} (a device that stopped answering, body {@link DeviceLost}) and {@code
 * announced} (an I-Am of a device that answers, to a Who-Is or after a restart, body {@link DeviceInfo}), in the
 * {@link BacnetConstants#EVENT} header.
 */
public class BacnetNetworkConsumer extends DefaultConsumer implements NetworkListener {
    private final BacnetConfiguration config;
    /**
     * Waits of 1, 2, 4 … 64 s: Camel's timer waits delay × multiplier before its first attempt, and doubles while
     * the wait is below maxDelay.
     */
    private static final BackOff REOPEN = BackOff.builder()
            .delay(Duration.ofMillis(500))
            .multiplier(2.0)
            .maxDelay(Duration.ofMinutes(1))
            .build();

    private WatchOptions options;
    private volatile NetworkWatch watch;
    private BackOffTimer retry;
    private volatile int boundPort;

    public BacnetNetworkConsumer(BacnetEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.config = endpoint.getConfiguration();
    }

    @Override
    public BacnetEndpoint getEndpoint() {
        return (BacnetEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        options = new WatchOptions(
                config.getWhoIsLowLimit(),
                config.getWhoIsHighLimit(),
                Duration.ofMillis(config.getWhoIsInterval()),
                Duration.ofMillis(Math.max(100, config.getPollInterval())),
                config.getCovLifetime(),
                config.isCovConfirmed(),
                config.getSubscriberProcessId());
        if (!open()) {
            retry = PluginHelper.getBackOffTimerFactory(
                            getEndpoint().getCamelContext().getCamelContextExtension())
                    .newBackOffTimer("bacnet-port-" + config.getLocalPort());
            retry.schedule(REOPEN, task -> !open());
        }
    }

    /**
     * Binds the port and starts watching, or says why the port cannot be used (another process holds it, the address
     * is not this host's): the route keeps running and the port is tried again with a back-off.
     */
    private synchronized boolean open() {
        if (!isRunAllowed() || watch != null) {
            return true;
        }
        BacnetStack stack;
        try {
            stack = getEndpoint().acquireStack();
        } catch (IOException e) {
            unusable("BACnet/IP port " + config.getBindAddress() + ":" + config.getLocalPort() + " cannot be bound: "
                    + e.getMessage());
            return false;
        }
        boundPort = stack.localPort();
        usable(boundPort);
        watch = new NetworkWatch(stack, options, this).start();
        return true;
    }

    /** The socket is bound before the first Who-Is: the route learns that its network is reachable first. */
    private void usable(int localPort) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(localPort);
        exchange.getMessage().setHeader(BacnetConstants.EVENT, BacnetConstants.BOUND);
        process(BacnetConstants.BOUND, exchange);
    }

    @Override
    public void unusable(String reason) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(reason);
        exchange.getMessage().setHeader(BacnetConstants.EVENT, BacnetConstants.UNUSABLE);
        process(BacnetConstants.UNUSABLE, exchange);
    }

    @Override
    public void usable() {
        usable(boundPort);
    }

    @Override
    protected void doStop() throws Exception {
        if (retry instanceof Closeable closeable) {
            closeable.close();
        }
        retry = null;
        synchronized (this) {
            if (watch != null) {
                watch.close();
                watch = null;
                getEndpoint().releaseStack();
            }
        }
        super.doStop();
    }

    @Override
    public void scanned(DeviceScan scan) {
        deliver(BacnetConstants.SCANNED, scan.device(), scan);
    }

    @Override
    public void values(PointValues values) {
        deliver(BacnetConstants.VALUES, values.device(), values);
    }

    @Override
    public void lost(DeviceLost lost) {
        deliver(BacnetConstants.LOST, lost.device(), lost);
    }

    @Override
    public void announced(DeviceInfo device) {
        deliver(BacnetConstants.ANNOUNCED, device, device);
    }

    /** Synchronously, so that the next event waits for this one's route. */
    private void deliver(String event, DeviceInfo device, Object body) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(BacnetConstants.EVENT, event);
        exchange.getMessage().setHeader(BacnetConstants.DEVICE_INSTANCE, device.instance());
        exchange.getMessage()
                .setHeader(BacnetConstants.DEVICE_ADDRESS, device.address().toString());
        process(event, exchange);
    }

    private void process(String event, Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException("Error processing BACnet " + event, exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
