// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegisterMapTest {

    @Test
    void aMapWhoseLineBreaksWereLostReadsAsTheFlowMappingsItWas() {
        RegisterMap map = RegisterMap.parse("- {name: a, table: input, address: 0}- {name: b, table: coil, address: 3,"
                + " writable: true, unit: Cel}  - {name: c, table: holding, address: 0x10, type: float32, wordOrder:"
                + " little, signal: [0, 10], range: [0, 100]}");
        assertThat(map.registers()).extracting(Register::name).containsExactly("a", "b", "c");
        assertThat(map.register("b").type()).isEqualTo(DataType.bit);
        assertThat(map.register("b").meaning()).containsEntry("unit", "Cel");
        assertThat(map.register("c").address()).isEqualTo(16);
        assertThat(map.register("c").wordOrder()).isEqualTo(WordOrder.little);
    }

    @Test
    void aBlockListWithItsLineBreaksReadsToo() {
        RegisterMap map = RegisterMap.parse("- name: a\n  table: input\n  address: 2\n  type: bit\n  bit: 15\n");
        assertThat(map.register("a").bit()).isEqualTo(15);
    }

    @Test
    void eachMistakeIsNamedWithItsEntry() {
        assertThatThrownBy(() -> RegisterMap.parse("- {name: a, table: input, address: 0, writable: true}"))
                .hasMessage("register map entry 1 (a): a input cannot be written: writable is for holding and coil");
        assertThatThrownBy(() -> RegisterMap.parse("- {name: a, table: holding, address: 65535, type: int32}"))
                .hasMessageContaining("runs past register 65535");
        assertThatThrownBy(() -> RegisterMap.parse("- {name: a, table: coil, address: 0, type: int16}"))
                .hasMessageContaining("a coil is a bit");
        assertThatThrownBy(() -> RegisterMap.parse(
                        "- {name: a, table: input, address: 0}- {name: a, table: input," + " address: 1}"))
                .hasMessageContaining("the name a is used twice");
        assertThatThrownBy(() -> RegisterMap.parse("- {name: a, table: input, address: 0, type: real}"))
                .hasMessageContaining("type must be one of int16, uint16, int32, uint32, float32, bit (got real)");
        assertThatThrownBy(() -> RegisterMap.parse("- {name: a, table: input, address: 0, type: bit}"))
                .hasMessageContaining("needs bit: 0 to 15");
    }

    @Test
    void aBlockMapWhoseLineBreaksWereLostIsRefusedWithHowToWriteIt() {
        assertThatThrownBy(() -> RegisterMap.parse("- name: a  table: input  address: 0"))
                .hasMessageContaining("each register as a flow mapping on its own line");
        assertThatThrownBy(() -> RegisterMap.parse("")).hasMessageContaining("empty");
    }
}
