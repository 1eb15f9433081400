// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The last step of a device's write route: the write is done when the device confirmed it (applied), refused it
 * (failed with the device's reason) or stayed silent ({@link java.util.concurrent.TimeoutException}: timeout), without
 * holding the broker's thread meanwhile.
 */
public final class DeviceConfirmation extends AsyncProcessorSupport {

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> confirmed = exchange.getProperty(DeviceCommands.CONFIRMED, CompletableFuture.class);
        if (confirmed == null) {
            exchange.setException(new IllegalStateException("no command of a device was sent"));
            callback.done(true);
            return true;
        }
        confirmed.whenComplete((ok, error) -> {
            if (error != null) {
                exchange.setException(
                        error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error);
            }
            callback.done(false);
        });
        return false;
    }
}
