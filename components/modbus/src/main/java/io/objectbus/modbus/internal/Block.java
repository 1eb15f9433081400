// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.Table;
import java.util.List;

/**
 * One read request: {@code count} registers (or bits) of {@code table} from {@code start}, holding the entries.
 */
public record Block(Table table, int start, int count, List<Register> registers) {

    public Block {
        registers = List.copyOf(registers);
    }

    /** The block of one entry alone. */
    public static Block of(Register register) {
        return new Block(register.table(), register.address(), register.width(), List.of(register));
    }

    @Override
    public String toString() {
        return table + " " + start + ".." + (start + count - 1);
    }
}
