// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.coap.MediaTypeRegistry;

/**
 * A room sensor that posts its JSON to the node with Californium's client every 300 ms (a new temperature each time,
 * and its set point), and takes writes on its own CoAP server ({@link CoapDevicePeer}). Killed, it stops posting and
 * closes its port; restored, both come back.
 */
final class CoapPostingDevice implements AutoCloseable {

    private final CoapDevicePeer server = new CoapDevicePeer();
    private final AtomicInteger posts = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Supplier<String> nodeUrl;
    private ScheduledFuture<?> posting;

    /** @param nodeUrl where it posts, asked at each post (the node's port is known once the node opened it) */
    CoapPostingDevice(Supplier<String> nodeUrl) {
        this.nodeUrl = nodeUrl;
    }

    CoapPostingDevice start() {
        server.start();
        posting = timer.scheduleWithFixedDelay(this::post, 0, 300, TimeUnit.MILLISECONDS);
        return this;
    }

    CoapDevicePeer server() {
        return server;
    }

    private void post() {
        String url = nodeUrl.get();
        if (url == null) {
            return;
        }
        int post = posts.incrementAndGet();
        String json = "{\"t\":" + (20 + post % 5) + ".25,\"setpoint\":" + server.setpoint() + "}";
        CoapClient client = new CoapClient(url).setTimeout(2000L);
        try {
            client.post(json, MediaTypeRegistry.APPLICATION_JSON);
        } catch (Exception e) {
            // the node not listening yet, or gone: the next post tries again
        } finally {
            client.shutdown();
        }
    }

    void kill() {
        posting.cancel(false);
        server.kill();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        server.close();
    }
}
