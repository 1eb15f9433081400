// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.modbus.model.DataType;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.Table;
import io.objectbus.modbus.model.WordOrder;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    private static Register at(int address, DataType type, WordOrder order) {
        return new Register("r", Table.holding, address, type, order, -1, true, Map.of());
    }

    /**
     * Modbus Application Protocol v1.1b3, clause 6.3, example: registers 108 to 110 read as 02 2B 00 00 00 64, that
     * is 555, 0 and 100.
     */
    @Test
    void theSpecsReadHoldingRegistersExampleReadsAs555Then0Then100() {
        byte[] answer = HEX.parseHex("022B00000064");
        assertThat(RegisterCodec.decodeRegisters(at(108, DataType.uint16, WordOrder.big), answer, 108))
                .isEqualTo(555L);
        assertThat(RegisterCodec.decodeRegisters(at(109, DataType.uint16, WordOrder.big), answer, 108))
                .isEqualTo(0L);
        assertThat(RegisterCodec.decodeRegisters(at(110, DataType.int16, WordOrder.big), answer, 108))
                .isEqualTo(100L);
    }

    /**
     * Clause 6.1, example: coils 20 to 38 read as CD 6B 05; CD is 1100 1101 for coils 27 to 20, coil 20 the least
     * significant bit.
     */
    @Test
    void theSpecsReadCoilsExampleHasCoil20OnAndCoil21Off() {
        byte[] answer = HEX.parseHex("CD6B05");
        assertThat(RegisterCodec.decodeBit(answer, 20, 20)).isTrue();
        assertThat(RegisterCodec.decodeBit(answer, 20, 21)).isFalse();
        assertThat(RegisterCodec.decodeBit(answer, 20, 22)).isTrue();
        assertThat(RegisterCodec.decodeBit(answer, 20, 27)).isTrue();
        // 6B = 0110 1011 for coils 35 to 28
        assertThat(RegisterCodec.decodeBit(answer, 20, 28)).isTrue();
        assertThat(RegisterCodec.decodeBit(answer, 20, 30)).isFalse();
        // 05 = 0000 0101 for coils 38 to 36, the five high bits padding: 36 on, 37 off, 38 on
        assertThat(RegisterCodec.decodeBit(answer, 20, 36)).isTrue();
        assertThat(RegisterCodec.decodeBit(answer, 20, 37)).isFalse();
        assertThat(RegisterCodec.decodeBit(answer, 20, 38)).isTrue();
    }

    /** IEEE 754 binary32: 123.456 is 0x42F6E979; low word first it is E979 42F6 ("CDAB"). */
    @Test
    void aFloat32ReadsInEitherWordOrder() {
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.float32, WordOrder.big), HEX.parseHex("42F6E979"), 0))
                .isEqualTo(123.456);
        assertThat(RegisterCodec.decodeRegisters(
                        at(0, DataType.float32, WordOrder.little), HEX.parseHex("E97942F6"), 0))
                .isEqualTo(123.456);
        assertThat(RegisterCodec.encode(at(0, DataType.float32, WordOrder.little), 123.456))
                .isEqualTo(HEX.parseHex("E97942F6"));
    }

    /** Two's complement: FFFF FFFE is -2 as int32 and 4294967294 as uint32; FFFF is -1 as int16, 65535 as uint16. */
    @Test
    void signedAndUnsignedTypesReadTheSameBitsDifferently() {
        byte[] bits = HEX.parseHex("FFFFFFFE");
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.int32, WordOrder.big), bits, 0))
                .isEqualTo(-2L);
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.uint32, WordOrder.big), bits, 0))
                .isEqualTo(4294967294L);
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.int16, WordOrder.big), bits, 0))
                .isEqualTo(-1L);
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.uint16, WordOrder.big), bits, 0))
                .isEqualTo(65535L);
        assertThat(RegisterCodec.decodeRegisters(at(0, DataType.int32, WordOrder.little), HEX.parseHex("00010000"), 0))
                .isEqualTo(1L);
    }

    @Test
    void aBitOfARegisterCountsFromTheLeastSignificant() {
        Register bit3 = new Register("r", Table.input, 0, DataType.bit, WordOrder.big, 3, false, Map.of());
        assertThat(RegisterCodec.decodeRegisters(bit3, HEX.parseHex("0008"), 0)).isEqualTo(true);
        assertThat(RegisterCodec.decodeRegisters(bit3, HEX.parseHex("FFF7"), 0)).isEqualTo(false);
    }

    @Test
    void integersEncodeBigEndianInTheirWordOrder() {
        assertThat(RegisterCodec.encode(at(0, DataType.int16, WordOrder.big), -2))
                .isEqualTo(HEX.parseHex("FFFE"));
        assertThat(RegisterCodec.encode(at(0, DataType.uint32, WordOrder.big), 0x12345678L))
                .isEqualTo(HEX.parseHex("12345678"));
        assertThat(RegisterCodec.encode(at(0, DataType.uint32, WordOrder.little), 0x12345678L))
                .isEqualTo(HEX.parseHex("56781234"));
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsRefusedWithTheRange() {
        assertThatThrownBy(() -> RegisterCodec.encode(at(0, DataType.uint16, WordOrder.big), 70000))
                .hasMessageContaining("outside [0, 65535]");
        assertThatThrownBy(() -> RegisterCodec.encode(at(0, DataType.int16, WordOrder.big), 1.5))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> RegisterCodec.encode(at(0, DataType.float32, WordOrder.big), Double.NaN))
                .hasMessageContaining("float32");
    }

    @Test
    void anAnswerShorterThanTheEntryIsAClearError() {
        assertThatThrownBy(() ->
                        RegisterCodec.decodeRegisters(at(1, DataType.float32, WordOrder.big), HEX.parseHex("0000"), 0))
                .hasMessageContaining("holds 1 registers from 0");
    }
}
