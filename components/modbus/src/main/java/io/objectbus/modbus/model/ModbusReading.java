// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

import java.time.Instant;

/**
 * What one poll read for one register map entry.
 *
 * @param register the entry
 * @param value a Long (integer types), Double (float32) or Boolean (bits); null when the read failed
 * @param error why the read failed (the Modbus exception's name, or a timeout); null when it did not
 * @param time when the answer came
 */
public record ModbusReading(Register register, Object value, String error, Instant time) {

    public static ModbusReading of(Register register, Object value, Instant time) {
        return new ModbusReading(register, value, null, time);
    }

    public static ModbusReading failed(Register register, String error, Instant time) {
        return new ModbusReading(register, null, error, time);
    }

    public boolean ok() {
        return error == null;
    }
}
