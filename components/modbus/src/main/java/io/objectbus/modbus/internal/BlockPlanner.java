// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges neighbouring entries of a table into as few reads as the limits allow: one request per block instead of
 * one per entry. Entries at most {@code maxGap} registers (or bits) apart share a block, the unmapped ones between
 * them read and dropped; a block never exceeds what one request may ask (125 registers, 2000 bits).
 */
public final class BlockPlanner {

    private BlockPlanner() {}

    public static List<Block> plan(List<Register> registers, int maxGap) {
        List<Block> blocks = new ArrayList<>();
        for (Table table : Table.values()) {
            List<Register> sorted = registers.stream()
                    .filter(r -> r.table() == table)
                    .sorted(Comparator.comparingInt(Register::address).thenComparingInt(Register::end))
                    .toList();
            blocks.addAll(plan(table, sorted, Math.max(0, maxGap)));
        }
        return blocks;
    }

    private static List<Block> plan(Table table, List<Register> sorted, int maxGap) {
        List<Block> blocks = new ArrayList<>();
        List<Register> current = new ArrayList<>();
        int start = 0;
        int end = 0;
        for (Register register : sorted) {
            boolean fits = !current.isEmpty()
                    && register.address() - end <= maxGap
                    && Math.max(end, register.end()) - start <= table.maxPerRead();
            if (!fits && !current.isEmpty()) {
                blocks.add(new Block(table, start, end - start, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                start = register.address();
                end = register.end();
            }
            current.add(register);
            end = Math.max(end, register.end());
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(table, start, end - start, current));
        }
        return blocks;
    }
}
