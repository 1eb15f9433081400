// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Sends an HTTP device's write request (made by {@link HttpAnswers#request}) with vertx-http, bounded by the adapter's
 * {@code timeout} as a whole. vertx-http's own timeout is an idle timeout: a device that answers a byte at a time
 * restarts it and holds the write until the bus's write-timeout. Past the bound the write is answered timeout; the
 * request runs out on its own and its late answer is dropped.
 */
public final class DeviceHttp {

    private volatile ProducerTemplate template;

    /** Sends the exchange's request to the device of adapter {@code name}; its answer becomes the exchange's message. */
    public void send(Exchange exchange, String name, long timeoutMillis) throws Exception {
        String uri = "vertx-http:http://" + name + ".invalid?throwExceptionOnFailure=false&timeout=" + timeoutMillis;
        Future<Exchange> sent = template(exchange).asyncSend(uri, exchange.copy());
        Exchange answered;
        try {
            answered = sent.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(false);
            throw new TimeoutException("nothing complete within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (answered.getException() != null) {
            throw answered.getException();
        }
        exchange.setMessage(answered.getMessage().copy());
    }

    private ProducerTemplate template(Exchange exchange) {
        ProducerTemplate current = template;
        if (current == null) {
            synchronized (this) {
                if (template == null) {
                    template = exchange.getContext().createProducerTemplate();
                }
                current = template;
            }
        }
        return current;
    }
}
