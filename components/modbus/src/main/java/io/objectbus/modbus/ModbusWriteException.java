// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

/** A write the device refused or could not take; the message is the reason the writer is told. */
public class ModbusWriteException extends RuntimeException {

    public ModbusWriteException(String message) {
        super(message);
    }
}
