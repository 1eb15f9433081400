// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import io.objectbus.bus.BusView;
import io.objectbus.bus.WriteReply;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * Writes from OPC UA clients, through the bus's own {@code $set} path (a {@link BusView} write): the same checks,
 * priority array and adapter as any MQTT writer, at the configured priority. Waits for the bus's final answer and
 * turns it into a status code.
 */
public final class BusWriter {

    private final ServerSettings settings;
    private final BusView view;

    public BusWriter(ServerSettings settings, BusView view) {
        this.settings = settings;
        this.view = view;
    }

    /**
     * @throws UaException with the status code that best says why the bus did not apply the value
     */
    public void write(String objectId, String resourceId, Object value) throws UaException {
        BusView.Write write = new BusView.Write(objectId, resourceId, value, settings.writePriority(), "opcua", null);
        try {
            outcome(view.write(write).get(settings.writeTimeoutMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw new UaException(StatusCodes.Bad_Timeout, "the bus did not answer the write in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UaException(StatusCodes.Bad_Shutdown, "interrupted");
        } catch (ExecutionException e) {
            throw new UaException(StatusCodes.Bad_InternalError, "the bus failed: " + e.getCause());
        }
    }

    /** applied and stored are done (stored: a higher priority keeps control); anything else is refused. */
    private static void outcome(WriteReply reply) throws UaException {
        String reason = reply.reason() == null ? "" : reply.reason();
        switch (reply.status()) {
            case WriteReply.APPLIED, WriteReply.STORED -> {}
            case WriteReply.TIMEOUT -> throw new UaException(StatusCodes.Bad_Timeout, reason);
            case WriteReply.FAILED -> throw new UaException(WriteStatus.failed(reason), reason);
            default -> throw new UaException(WriteStatus.rejected(reason), reason);
        }
    }
}
