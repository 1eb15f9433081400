// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.stack;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Npdu;
import io.objectbus.bacnet.internal.transport.ConfirmedHandler;
import io.objectbus.bacnet.internal.transport.UnconfirmedListener;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ErrorNames;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes received APDUs: requests to handlers and listeners, answers to the open transactions. */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    final Map<Integer, ConfirmedHandler> handlers = new ConcurrentHashMap<>();
    final List<UnconfirmedListener> listeners = new CopyOnWriteArrayList<>();
    private final BacnetStack stack;

    Dispatcher(BacnetStack stack) {
        this.stack = stack;
    }

    /** Called on the reader thread: answers go straight to their transaction, the rest to the dispatch thread. */
    void receive(BacnetAddress source, Npdu npdu, Apdu apdu) {
        if (apdu instanceof Apdu.SimpleAck a) {
            stack.transactions().onResponse(source, a.invokeId(), apdu);
        } else if (apdu instanceof Apdu.ComplexAck a) {
            stack.transactions().onResponse(source, a.invokeId(), apdu);
        } else if (apdu instanceof Apdu.Error e) {
            stack.transactions().onResponse(source, e.invokeId(), apdu);
        } else if (apdu instanceof Apdu.Reject r) {
            stack.transactions().onResponse(source, r.invokeId(), apdu);
        } else if (apdu instanceof Apdu.Abort a && a.server()) {
            stack.transactions().onResponse(source, a.invokeId(), apdu);
        } else if (apdu instanceof Apdu.ConfirmedRequest || apdu instanceof Apdu.UnconfirmedRequest) {
            inOrder(() -> serve(source, apdu));
        } else {
            LOG.debug(
                    "Ignoring {} from {}: no segmented transaction is open",
                    apdu.getClass().getSimpleName(),
                    source);
        }
    }

    private void inOrder(Runnable task) {
        try {
            stack.executeInOrder(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Port closing, request dropped");
        }
    }

    private void serve(BacnetAddress source, Apdu apdu) {
        try {
            if (apdu instanceof Apdu.UnconfirmedRequest request) {
                listeners.forEach(listener -> listener.onUnconfirmed(source, request));
            } else {
                serveConfirmed(source, (Apdu.ConfirmedRequest) apdu);
            }
        } catch (DecodeException e) {
            LOG.warn("Malformed request from {}: {}", source, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Request from {} failed in its handler", source, e);
        }
    }

    private void serveConfirmed(BacnetAddress source, Apdu.ConfirmedRequest request) {
        int id = request.invokeId();
        if (request.segmented()) {
            reply(source, new Apdu.Abort(true, id, ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED), request);
            return;
        }
        ConfirmedHandler handler = handlers.get(request.serviceChoice());
        if (handler == null) {
            reply(source, new Apdu.Reject(id, ErrorNames.REJECT_UNRECOGNIZED_SERVICE), request);
            return;
        }
        Apdu answer;
        try {
            answer = handler.handle(source, request);
        } catch (DecodeException e) {
            LOG.warn("Rejecting service {} from {}: {}", request.serviceChoice(), source, e.getMessage());
            answer = new Apdu.Reject(id, rejectReason(e));
        }
        if (answer != null) {
            reply(source, answer, request);
        }
    }

    private static int rejectReason(DecodeException e) {
        String reason = String.valueOf(e.getMessage());
        return reason.startsWith("truncated") || reason.startsWith("expected")
                ? ErrorNames.REJECT_MISSING_REQUIRED_PARAMETER
                : ErrorNames.REJECT_INVALID_TAG;
    }

    /** Sends an answer, or an Abort when it does not fit into what the requester accepts (clause 5.4.5.3). */
    void reply(BacnetAddress destination, Apdu answer, Apdu.ConfirmedRequest request) {
        byte[] encoded = Apdu.Serializer.encode(answer);
        int limit = Math.min(request.maxApdu(), stack.config().maxApdu());
        if (encoded.length > limit) {
            encoded = Apdu.Serializer.encode(
                    new Apdu.Abort(true, request.invokeId(), ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED));
        }
        try {
            stack.transport().send(destination, encoded, false);
        } catch (IOException e) {
            LOG.warn("Answer to {} not sent: {}", destination, e.toString());
        }
    }
}
