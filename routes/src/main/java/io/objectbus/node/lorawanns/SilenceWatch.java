// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import io.objectbus.component.ObjectBusConstants;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's connection to its network server: up from the first message heard, down once the network server has
 * been silent longer than the configured silence (its devices' values turn stale with it). The down report goes out
 * as an exchange of the adapter's route, so the connection object stays that route's.
 */
final class SilenceWatch extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SilenceWatch.class);

    private final CamelContext context;
    private final String routeId;
    private final String connectionUri;
    private final long silenceMillis;
    private ScheduledExecutorService timer;
    private ProducerTemplate producer;
    private volatile long lastHeard;
    private volatile boolean up;

    SilenceWatch(CamelContext context, String routeId, String connection, String protocol, long silenceMillis) {
        this.context = context;
        this.routeId = routeId;
        this.connectionUri = "objectbus:connection?object=" + connection + "&protocol=" + protocol;
        this.silenceMillis = silenceMillis;
    }

    /** A message of the network server arrived; returns whether the connection just came up. */
    synchronized boolean heard() {
        lastHeard = System.nanoTime();
        boolean cameUp = !up;
        up = true;
        return cameUp;
    }

    @Override
    protected void doStart() {
        producer = context.createProducerTemplate();
        timer = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "lorawan-ns-silence");
        long period = Math.max(100, silenceMillis / 4);
        timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        if (timer != null) {
            context.getExecutorServiceManager().shutdownNow(timer);
        }
        if (producer != null) {
            producer.stop();
        }
    }

    private void check() {
        synchronized (this) {
            if (!up || System.nanoTime() - lastHeard < silenceMillis * 1_000_000) {
                return;
            }
            up = false;
        }
        Exchange down = new DefaultExchange(context);
        down.getExchangeExtension().setFromRouteId(routeId);
        down.getMessage().setBody("down");
        down.getMessage()
                .setHeader(
                        ObjectBusConstants.REASON, "the network server was silent for " + silenceMillis / 1000 + " s");
        Exchange sent = producer.send(connectionUri, down);
        if (sent.getException() != null) {
            LOG.warn(
                    "Connection down of {} not reported: {}",
                    connectionUri,
                    sent.getException().getMessage());
        }
    }
}
