// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

/**
 * The four Modbus data tables (Modbus Application Protocol v1.1b3, clause 4.3), with the function codes that read
 * them.
 */
public enum Table {
    /** Read/write 16-bit registers: read with 03, written with 06 and 16. */
    holding(3, true, false),
    /** Read-only 16-bit registers: read with 04. */
    input(4, false, false),
    /** Read/write bits: read with 01, written with 05. */
    coil(1, true, true),
    /** Read-only bits: read with 02. */
    discrete(2, false, true);

    private final int readFunction;
    private final boolean writable;
    private final boolean bits;

    Table(int readFunction, boolean writable, boolean bits) {
        this.readFunction = readFunction;
        this.writable = writable;
        this.bits = bits;
    }

    public int readFunction() {
        return readFunction;
    }

    /** Whether a master may write this table. */
    public boolean writable() {
        return writable;
    }

    /** Whether the table holds single bits rather than 16-bit registers. */
    public boolean bits() {
        return bits;
    }

    /** Most items one read may ask for (clauses 6.1 to 6.4: 2000 bits, 125 registers). */
    public int maxPerRead() {
        return bits ? 2000 : 125;
    }
}
