// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.objectbus.component.enocean.Hex;
import org.junit.jupiter.api.Test;

class Crc8Test {

    @Test
    void headerCrcOfACommonCommandWithOneDataByteIs0x70() {
        // ESP3 specification (EnOceanSerialProtocol3.pdf, packet examples, as replayed by the kipe/enocean test suite,
        // enocean/protocol/tests/test_packet.py): CO_RD_IDBASE 55 00 01 00 05 70 08 38.
        assertEquals(0x70, Crc8.of(Hex.bytes("00 01 00 05"), 0, 4));
    }

    @Test
    void dataCrcOfCoRdVersionIs0x09AndOfCoRdIdbaseIs0x38() {
        // CO_RD_VERSION 55 00 01 00 05 70 03 09 (ESP3 specification, clause 2.5.3) and CO_RD_IDBASE
        // 55 00 01 00 05 70 08 38 (kipe/enocean test_packet.py, from EnOceanSerialProtocol3.pdf p. 74).
        assertEquals(0x09, Crc8.of(Hex.bytes("03")));
        assertEquals(0x38, Crc8.of(Hex.bytes("08")));
    }

    @Test
    void headerCrcOfAnErp1With7OptionalBytesIs0x7A() {
        // kipe/enocean enocean/protocol/tests/test_eep.py, D5-00-01 and F6-02-02 vectors: header 00 07 07 01, CRC8H 7A.
        assertEquals(0x7A, Crc8.of(Hex.bytes("00 07 07 01"), 0, 4));
    }

    @Test
    void crcOverSeveralPartsEqualsCrcOverTheirConcatenation() {
        // RADIO_ERP1 VLD example of EnOceanSerialProtocol3.pdf p. 74 (kipe/enocean test_packet.py): CRC8D 0x36.
        byte[] all = Hex.bytes("D2 DD DD DD DD DD DD DD DD DD 00 80 35 C4 00 03 FF FF FF FF 4D 00");
        assertEquals(
                Crc8.of(all, 0, all.length),
                Crc8.of(Hex.bytes("D2 DD DD DD DD DD DD DD DD DD 00 80 35 C4 00"), Hex.bytes("03 FF FF FF FF 4D 00")));
        assertEquals(0x36, Crc8.of(all, 0, all.length));
    }
}
