// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

/** A command the bus could not carry out: gateway down, queue full, send-twice window missed, gear refused. */
public class DaliException extends Exception {

    public DaliException(String message) {
        super(message);
    }

    public DaliException(String message, Throwable cause) {
        super(message, cause);
    }
}
