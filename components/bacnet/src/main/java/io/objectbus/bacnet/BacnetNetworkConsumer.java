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
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code bacnet:network}: watches every device in the Who-Is range and sends one exchange per thing seen, in order:
 * {@code bound} first (the UDP socket is bound, body the local port), then {@code scanned} (a device and its point objects, body {@link DeviceScan}), {@code values} (from COV or a poll,
 * body {@link PointValues}), {@code lost} (a device that stopped answering, body {@link DeviceLost}) and {@code
 * announced} (an I-Am of a device that answers, to a Who-Is or after a restart, body {@link DeviceInfo}), in the
 * {@link BacnetConstants#EVENT} header.
 */
public class BacnetNetworkConsumer extends DefaultConsumer implements NetworkListener {
    private final BacnetConfiguration config;
    private NetworkWatch watch;

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
        WatchOptions options = new WatchOptions(
                config.getWhoIsLowLimit(),
                config.getWhoIsHighLimit(),
                Duration.ofMillis(config.getWhoIsInterval()),
                Duration.ofMillis(Math.max(100, config.getPollInterval())),
                config.getCovLifetime(),
                config.isCovConfirmed(),
                config.getSubscriberProcessId());
        BacnetStack stack = getEndpoint().acquireStack();
        bound(stack);
        watch = new NetworkWatch(stack, options, this).start();
    }

    /** The socket is bound before the first Who-Is: the route learns that its network is reachable first. */
    private void bound(BacnetStack stack) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(stack.localPort());
        exchange.getMessage().setHeader(BacnetConstants.EVENT, BacnetConstants.BOUND);
        process(BacnetConstants.BOUND, exchange);
    }

    @Override
    protected void doStop() throws Exception {
        if (watch != null) {
            watch.close();
            watch = null;
            getEndpoint().releaseStack();
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
