// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.modbus.model.RegisterMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockPlannerTest {

    private static final RegisterMap MAP = RegisterMap.parse(
            """
            - {name: a, table: holding, address: 0}
            - {name: b, table: holding, address: 1, type: float32}
            - {name: c, table: holding, address: 6}
            - {name: d, table: holding, address: 40}
            - {name: e, table: input, address: 2}
            - {name: f, table: coil, address: 0}
            - {name: g, table: coil, address: 5}
            - {name: h, table: coil, address: 1999}
            """);

    @Test
    void neighboursWithinTheGapShareOneReadAndFarOnesDoNot() {
        List<String> blocks = BlockPlanner.plan(MAP.registers(), 8).stream()
                .map(Block::toString)
                .toList();
        assertThat(blocks)
                .containsExactly("holding 0..6", "holding 40..40", "input 2..2", "coil 0..5", "coil 1999..1999");
    }

    @Test
    void aGapOfZeroMergesOnlyAdjacentEntries() {
        List<String> blocks = BlockPlanner.plan(MAP.registers(), 0).stream()
                .map(Block::toString)
                .toList();
        assertThat(blocks).startsWith("holding 0..2", "holding 6..6");
    }

    @Test
    void aBlockNeverAsksForMoreThan125Registers() {
        RegisterMap far = RegisterMap.parse(
                """
                - {name: a, table: input, address: 0}
                - {name: b, table: input, address: 124, type: uint32}
                """);
        assertThat(BlockPlanner.plan(far.registers(), 200)).hasSize(2);
    }
}
