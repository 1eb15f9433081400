// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

import java.util.Map;

/**
 * One entry of a register map: where a value lives on the device and how its registers read.
 *
 * @param name the entry's name, unique in its map
 * @param table the data table
 * @param address the protocol address of its first register or bit, 0 to 65535 (register 40001 is holding 0)
 * @param type how its registers read
 * @param wordOrder the order of the two registers of a 32-bit type
 * @param bit for type bit in a holding or input register: the bit number, 0 (least significant) to 15; else -1
 * @param writable whether the bus may write it
 * @param meaning the entry's other keys (scale, offset, unit, ...), for the mapping to read
 */
public record Register(
        String name,
        Table table,
        int address,
        DataType type,
        WordOrder wordOrder,
        int bit,
        boolean writable,
        Map<String, Object> meaning) {

    public Register {
        meaning = meaning == null ? Map.of() : Map.copyOf(meaning);
    }

    /** How many registers (or bits, in a bit table) the entry takes. */
    public int width() {
        return table.bits() ? 1 : type.registers();
    }

    /** The address after its last register or bit. */
    public int end() {
        return address + width();
    }

    /** The entry as a user reads it: {@code holding 10 (float32)}. */
    public String where() {
        return table + " " + address + " (" + (bit >= 0 ? "bit " + bit : type.name()) + ")";
    }
}
