// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

/** A write the server refused or that never reached it; the message names the status code. */
public class OpcUaWriteException extends RuntimeException {

    public OpcUaWriteException(String message) {
        super(message);
    }
}
