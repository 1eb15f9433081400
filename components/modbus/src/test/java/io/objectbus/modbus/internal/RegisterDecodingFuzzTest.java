// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.objectbus.modbus.model.DataType;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.Table;
import io.objectbus.modbus.model.WordOrder;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage answers of any length decode to a value or a clear IllegalArgumentException, never anything else. */
class RegisterDecodingFuzzTest {

    @Test
    void randomAnswersDecodeToAValueOrAClearErrorAndIntegersRoundTrip() {
        Random random = new Random(20261204);
        for (int i = 0; i < 20_000; i++) {
            byte[] answer = new byte[random.nextInt(12)];
            random.nextBytes(answer);
            DataType type = DataType.values()[random.nextInt(DataType.values().length)];
            WordOrder order = WordOrder.values()[random.nextInt(2)];
            int bit = type == DataType.bit ? random.nextInt(16) : -1;
            Register register = new Register("r", Table.holding, random.nextInt(8), type, order, bit, false, Map.of());
            int start = random.nextInt(4);
            assertThatCode(() -> decodeOrRefuse(register, answer, start)).doesNotThrowAnyException();
            assertThatCode(() -> decodeBitOrRefuse(answer, start, random.nextInt(100)))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void everyIntegerEncodedThenDecodedIsItself() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            DataType type = new DataType[] {DataType.int16, DataType.uint16, DataType.int32, DataType.uint32}[i % 4];
            long value =
                    switch (type) {
                        case int16 -> (short) random.nextInt();
                        case uint16 -> random.nextInt(65536);
                        case int32 -> random.nextInt();
                        default -> random.nextInt() & 0xFFFF_FFFFL;
                    };
            Register register = new Register(
                    "r", Table.holding, 0, type, WordOrder.values()[random.nextInt(2)], -1, true, Map.of());
            assertThat(RegisterCodec.decodeRegisters(register, RegisterCodec.encode(register, value), 0))
                    .isEqualTo(value);
        }
    }

    private static void decodeOrRefuse(Register register, byte[] answer, int start) {
        try {
            Object value = RegisterCodec.decodeRegisters(register, answer, start);
            assertThat(value).isInstanceOfAny(Long.class, Double.class, Boolean.class);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).contains("the answer holds");
        }
    }

    private static void decodeBitOrRefuse(byte[] answer, int start, int address) {
        try {
            RegisterCodec.decodeBit(answer, start, address);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).contains("the answer holds");
        }
    }
}
