// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.internal.NetworkServer;
import java.util.concurrent.CompletionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Queues a class A downlink (body byte[], or hex text) for the device in header {@link LorawanConstants#DEV_EUI}
 * through the running server of the same name. The exchange completes when the downlink is done: sent (unconfirmed)
 * or acknowledged (confirmed), with the outcome in {@link LorawanConstants#OUTCOME}; otherwise it fails with the
 * reason (not sent, refused by the gateway, not acknowledged, timed out).
 */
public class LorawanProducer extends DefaultAsyncProducer {

    public LorawanProducer(LorawanEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public LorawanEndpoint getEndpoint() {
        return (LorawanEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        LorawanConfiguration c = getEndpoint().getConfiguration();
        NetworkServer server = getEndpoint().getComponent().server(c.getName());
        Message in = exchange.getIn();
        String devEui = in.getHeader(LorawanConstants.DEV_EUI, String.class);
        if (server == null || devEui == null) {
            exchange.setException(new IllegalStateException(
                    server == null
                            ? "no LoRaWAN network server named " + c.getName() + " is running"
                            : "a downlink needs the header " + LorawanConstants.DEV_EUI));
            callback.done(true);
            return true;
        }
        int fPort = in.getHeader(LorawanConstants.FPORT, c.getFport(), Integer.class);
        boolean confirmed = in.getHeader(LorawanConstants.CONFIRMED, c.isConfirmed(), Boolean.class);
        server.send(Hex.eui(devEui), fPort, payload(in), confirmed).whenCompleteAsync((outcome, failure) -> {
            if (failure != null) {
                exchange.setException(failure instanceof CompletionException ? failure.getCause() : failure);
            } else {
                exchange.getMessage().setHeader(LorawanConstants.OUTCOME, outcome);
            }
            callback.done(false);
        });
        return false;
    }

    private static byte[] payload(Message in) {
        Object body = in.getBody();
        if (body instanceof String text) {
            return Hex.bytes(text);
        }
        byte[] bytes = in.getBody(byte[].class);
        return bytes == null ? new byte[0] : bytes;
    }
}
