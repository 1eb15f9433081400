// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.CovEvent;
import io.objectbus.bacnet.client.CovSubscription;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bacnet:devices}: one exchange per I-Am, body {@link DeviceInfo}, with Who-Is sent at start and every
 * whoIsInterval. {@code bacnet:cov}: one exchange per COV notification received on the port, body {@link
 * CovEvent}, for subscriptions made by producers or listed in covObjects.
 */
public class BacnetConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(BacnetConsumer.class);

    private final BacnetConfiguration config;
    private final List<CovSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Consumer<DeviceInfo> deviceListener = this::onDevice;
    private final Consumer<CovEvent> covListener = this::onCov;
    private BacnetStack stack;
    private ScheduledFuture<?> whoIs;

    public BacnetConsumer(BacnetEndpoint endpoint, Processor processor) {
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
        stack = getEndpoint().acquireStack();
        BacnetClient client = stack.client();
        if ("devices".equals(getEndpoint().getKind())) {
            client.addDeviceListener(deviceListener);
            long period = config.getWhoIsInterval();
            // A failure must not end the periodic task, which a thrown exception would do silently.
            Runnable ask = () -> {
                try {
                    client.whoIs(config.getWhoIsLowLimit(), config.getWhoIsHighLimit());
                } catch (RuntimeException e) {
                    LOG.warn("Who-Is broadcast failed: {}", e.getMessage());
                }
            };
            whoIs = period > 0
                    ? stack.scheduler().scheduleAtFixedRate(ask, 0, period, TimeUnit.MILLISECONDS)
                    : stack.scheduler().schedule(ask, 0, TimeUnit.MILLISECONDS);
        } else {
            client.addCovListener(covListener);
            subscribeConfigured(client);
        }
    }

    private void subscribeConfigured(BacnetClient client) {
        for (ObjectIdentifier object : Targets.objects(config.getCovObjects())) {
            Targets.device(client, config.getDeviceInstance(), config.getDeviceAddress())
                    .thenCompose(address -> client.subscribeCov(
                            address,
                            object,
                            config.getSubscriberProcessId(),
                            config.isCovConfirmed(),
                            config.getCovLifetime()))
                    .whenComplete((subscription, failure) -> {
                        if (failure != null) {
                            LOG.warn("COV subscription to {} failed: {}", object, failure.getMessage());
                        } else {
                            subscriptions.add(subscription);
                        }
                    });
        }
    }

    private boolean inRange(int instance) {
        int low = config.getWhoIsLowLimit();
        return low < 0 || (instance >= low && instance <= config.getWhoIsHighLimit());
    }

    private void onDevice(DeviceInfo device) {
        if (!inRange(device.instance())) {
            return;
        }
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(device);
        exchange.getMessage().setHeader(BacnetConstants.DEVICE_INSTANCE, device.instance());
        exchange.getMessage()
                .setHeader(BacnetConstants.DEVICE_ADDRESS, device.address().toString());
        deliver(exchange);
    }

    private void onCov(CovEvent event) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(event);
        exchange.getMessage().setHeader(BacnetConstants.DEVICE_INSTANCE, event.deviceInstance());
        exchange.getMessage()
                .setHeader(BacnetConstants.DEVICE_ADDRESS, event.source().toString());
        exchange.getMessage()
                .setHeader(BacnetConstants.OBJECT_ID, event.objectId().toString());
        exchange.getMessage().setHeader(BacnetConstants.TIME_REMAINING, event.timeRemaining());
        deliver(exchange);
    }

    private void deliver(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException("Error processing BACnet exchange", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    @Override
    protected void doStop() throws Exception {
        if (whoIs != null) {
            whoIs.cancel(false);
        }
        if (stack != null) {
            BacnetClient client = stack.client();
            client.removeDeviceListener(deviceListener);
            client.removeCovListener(covListener);
            subscriptions.forEach(client::cancelCov);
            subscriptions.clear();
            getEndpoint().releaseStack();
            stack = null;
        }
        super.doStop();
    }
}
