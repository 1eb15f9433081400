// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.internal.Apdu;

/**
 * A scripted answer that replaces the normal one, to test how clients cope: an Error (class and code), a Reject
 * (reason) or an Abort (reason).
 */
public record Fault(Kind kind, int first, int second) {
    /** Which negative answer. */
    public enum Kind {
        ERROR,
        REJECT,
        ABORT
    }

    public static Fault error(int errorClass, int errorCode) {
        return new Fault(Kind.ERROR, errorClass, errorCode);
    }

    public static Fault reject(int reason) {
        return new Fault(Kind.REJECT, reason, 0);
    }

    public static Fault abort(int reason) {
        return new Fault(Kind.ABORT, reason, 0);
    }

    Apdu toApdu(Apdu.ConfirmedRequest request) {
        return switch (kind) {
            case ERROR -> new Apdu.Error(request.invokeId(), request.serviceChoice(), first, second);
            case REJECT -> new Apdu.Reject(request.invokeId(), first);
            case ABORT -> new Apdu.Abort(true, request.invokeId(), first);
        };
    }
}
