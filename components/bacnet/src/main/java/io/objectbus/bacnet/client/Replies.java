// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.ErrorNames;
import java.util.concurrent.CompletionException;

/** Turns answer APDUs into results or the matching {@link BacnetException}. */
final class Replies {
    private Replies() {}

    /** The service ACK octets of a ComplexACK, or the exception the answer stands for. */
    static byte[] complex(Apdu answer, int serviceChoice) {
        if (answer instanceof Apdu.ComplexAck ack && ack.serviceChoice() == serviceChoice) {
            return ack.service();
        }
        throw failure(answer);
    }

    /** Succeeds on a SimpleACK, else throws the exception the answer stands for. */
    static Void simple(Apdu answer, int serviceChoice) {
        if (answer instanceof Apdu.SimpleAck ack && ack.serviceChoice() == serviceChoice) {
            return null;
        }
        throw failure(answer);
    }

    static BacnetException failure(Apdu answer) {
        if (answer instanceof Apdu.Error error) {
            return new BacnetErrorException(new BacnetError(error.errorClass(), error.errorCode()));
        } else if (answer instanceof Apdu.Reject reject) {
            return new BacnetRejectException(reject.reason());
        } else if (answer instanceof Apdu.Abort abort) {
            return new BacnetAbortException(abort.reason());
        }
        return new BacnetException("unexpected answer " + answer.getClass().getSimpleName());
    }

    /** The BACnet failure inside a future's exception, so callers see BacnetException, not CompletionException. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static boolean isSegmentationAbort(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof BacnetAbortException abort
                && (abort.reason() == ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED
                        || abort.reason() == ErrorNames.ABORT_BUFFER_OVERFLOW);
    }
}
