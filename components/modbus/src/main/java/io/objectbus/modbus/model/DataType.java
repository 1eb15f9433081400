// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

/** How the registers of one entry are read: width in registers, and whether the value is a number or a bit. */
public enum DataType {
    int16(1),
    uint16(1),
    int32(2),
    uint32(2),
    float32(2),
    /** A coil or discrete input, or one bit of a holding or input register. */
    bit(1);

    private final int registers;

    DataType(int registers) {
        this.registers = registers;
    }

    /** How many 16-bit registers the value takes. */
    public int registers() {
        return registers;
    }
}
