// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.server.PropertyException;
import io.objectbus.bus.BusView;
import io.objectbus.bus.WriteReply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BACnet writes through the bus's own {@code $set} path (a {@link BusView} write): the same checks, priority array
 * and adapters as any MQTT writer, at the BACnet request's priority. {@code applied} and {@code stored} (a higher
 * priority keeps control, as a BACnet device would keep it) succeed; {@code rejected}, {@code failed} and
 * {@code timeout} fail with the BACnet error that says the most.
 */
final class BusWrites {
    private static final Logger LOG = LoggerFactory.getLogger(BusWrites.class);

    private final ServerSettings settings;
    private final BusView view;

    BusWrites(ServerSettings settings, BusView view) {
        this.settings = settings;
        this.view = view;
    }

    /** Writes a value at a priority; null relinquishes the level. */
    CompletableFuture<Void> write(String objectId, String resourceId, Object value, int priority) {
        BusView.Write write = new BusView.Write(objectId, resourceId, value, priority, "bacnet", null);
        return view.write(write)
                .orTimeout(settings.writeTimeoutMs(), TimeUnit.MILLISECONDS)
                .handle((reply, failure) -> outcome(objectId, resourceId, reply, failure));
    }

    private static Void outcome(String objectId, String resourceId, WriteReply reply, Throwable failure) {
        if (failure != null) {
            boolean late = failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException;
            throw late
                    ? error(ErrorNames.CLASS_COMMUNICATION, ErrorNames.CODE_TIMEOUT)
                    : error(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_OTHER);
        }
        if (reply.succeeded()) {
            return null;
        }
        String reason = reply.reason() == null ? "" : reply.reason();
        LOG.info("BACnet write to {}/{} {}: {}", objectId, resourceId, reply.status(), reason);
        throw switch (reply.status()) {
            case WriteReply.TIMEOUT -> error(ErrorNames.CLASS_COMMUNICATION, ErrorNames.CODE_TIMEOUT);
            case WriteReply.FAILED -> error(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_OPERATIONAL_PROBLEM);
            default -> rejected(reason);
        };
    }

    /** The reasons of the bus's checks (docs/PROTOCOL.md) as the Error a BACnet device gives (clause 15.9.1.3). */
    private static PropertyException rejected(String reason) {
        if (reason.contains("outside") || reason.contains("is not one of") || reason.contains("priority")) {
            return PropertyException.valueOutOfRange();
        } else if (reason.startsWith("expected")) {
            return PropertyException.invalidDataType();
        } else if (reason.contains("too many")) {
            return error(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_DEVICE_BUSY);
        }
        return PropertyException.writeAccessDenied();
    }

    private static PropertyException error(int errorClass, int errorCode) {
        return new PropertyException(errorClass, errorCode);
    }
}
