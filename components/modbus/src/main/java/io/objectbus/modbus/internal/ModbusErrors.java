// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Says what went wrong with a request in the words a user looks up: the Modbus exception's name, or a timeout. */
public final class ModbusErrors {

    private ModbusErrors() {}

    /** The failure itself, out of the wrappers of futures. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Whether the device answered, with a Modbus exception (clause 7). */
    public static boolean isExceptionResponse(Throwable error) {
        return unwrap(error) instanceof ModbusResponseException;
    }

    public static boolean isTimeout(Throwable error) {
        return unwrap(error) instanceof ModbusTimeoutException;
    }

    /** {@code ILLEGAL_DATA_ADDRESS (2)} for an exception response; the message of anything else. */
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ModbusResponseException response) {
            return exceptionName(response.getExceptionCode());
        }
        if (cause instanceof ModbusTimeoutException) {
            return "timeout";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The name of a Modbus exception code (Modbus Application Protocol v1.1b3, clause 7), with its number. */
    public static String exceptionName(int code) {
        return ExceptionCode.from(code).map(Enum::name).orElse("exception") + " (" + code + ")";
    }
}
