// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

/** A store that could not record or answer, with the database's reason. */
public class HistoryException extends Exception {

    public HistoryException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
