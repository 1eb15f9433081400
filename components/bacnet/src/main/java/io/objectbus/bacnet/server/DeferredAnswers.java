// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.stack.BacnetStack;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Confirmed requests answered when their outcome is known rather than at once. A requester that repeats a request
 * after its APDU timeout (same invoke id) while the first is still open is not served twice: the one answer comes
 * when the first completes (clause 5.4.5.2, duplicate requests).
 */
final class DeferredAnswers {
    private record Key(BacnetAddress requester, int invokeId) {}

    private final BacnetStack stack;
    private final Map<Key, Boolean> open = new ConcurrentHashMap<>();

    DeferredAnswers(BacnetStack stack) {
        this.stack = stack;
    }

    /** Starts the work and returns null (no answer now); the SimpleACK or Error follows when it completes. */
    Apdu start(BacnetAddress requester, Apdu.ConfirmedRequest request, Supplier<CompletionStage<Void>> work) {
        Key key = new Key(requester, request.invokeId());
        if (open.putIfAbsent(key, Boolean.TRUE) != null) {
            return null;
        }
        CompletionStage<Void> outcome;
        try {
            outcome = work.get();
        } catch (PropertyException e) {
            open.remove(key);
            return ObjectServices.error(request, e);
        }
        outcome.whenComplete((done, failure) -> {
            open.remove(key);
            stack.answer(requester, request, answer(request, failure));
        });
        return null;
    }

    private static Apdu answer(Apdu.ConfirmedRequest request, Throwable failure) {
        if (failure == null) {
            return new Apdu.SimpleAck(request.invokeId(), request.serviceChoice());
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        PropertyException error = cause instanceof PropertyException e
                ? e
                : new PropertyException(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_OTHER);
        return ObjectServices.error(request, error);
    }
}
