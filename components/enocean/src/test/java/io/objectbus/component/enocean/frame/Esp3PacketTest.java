// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.Hex;
import org.junit.jupiter.api.Test;

/** Frame vectors of EnOceanSerialProtocol3.pdf p. 74, as replayed by kipe/enocean test_packet.py. */
class Esp3PacketTest {

    private static final String VLD_RADIO =
            "55 00 0F 07 01 2B D2 DD DD DD DD DD DD DD DD DD 00 80 35 C4 00" + " 03 FF FF FF FF 4D 00 36";

    @Test
    void radioVldExampleDecodesWith15DataAnd7OptionalBytes() throws FrameException {
        Esp3Packet packet = Esp3Packet.Serializer.decode(Hex.bytes(VLD_RADIO));
        assertTrue(packet.is(PacketType.RADIO_ERP1));
        assertEquals(15, packet.data().length);
        assertEquals(7, packet.optionalData().length);
    }

    @Test
    void coWrSleepExampleDecodesAsACommonCommand() throws FrameException {
        Esp3Packet packet = Esp3Packet.Serializer.decode(Hex.bytes("55 00 05 00 05 DB 01 00 00 00 0A 54"));
        assertTrue(packet.is(PacketType.COMMON_COMMAND));
        assertArrayEquals(Hex.bytes("01 00 00 00 0A"), packet.data());
    }

    @Test
    void coWrResetExampleDecodesAsACommonCommand() throws FrameException {
        Esp3Packet packet = Esp3Packet.Serializer.decode(Hex.bytes("55 00 01 00 05 70 02 0E"));
        assertArrayEquals(Hex.bytes("02"), packet.data());
    }

    @Test
    void remoteManagementExampleDecodesWith25DataBytes() throws FrameException {
        Esp3Packet packet = Esp3Packet.Serializer.decode(Hex.bytes("55 00 19 00 07 8D 12 12 07 FF FF FF FF FF 00"
                + " 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F DA"));
        assertTrue(packet.is(PacketType.REMOTE_MAN_COMMAND));
        assertEquals(25, packet.data().length);
    }

    @Test
    void encodingReproducesEveryExampleByteForByte() throws FrameException {
        for (String vector : new String[] {
            VLD_RADIO,
            "55 00 05 00 05 DB 01 00 00 00 0A 54",
            "55 00 01 00 05 70 08 38",
            "55 00 05 00 02 CE 00 FF 80 00 00 DA",
            "55 00 05 01 02 DB 00 FF 9E 55 00 0A 79"
        }) {
            byte[] frame = Hex.bytes(vector);
            assertEquals(Hex.of(frame), Hex.of(Esp3Packet.Serializer.encode(Esp3Packet.Serializer.decode(frame))));
        }
    }

    @Test
    void aChangedDataByteIsABadDataCrc() {
        // kipe/enocean test_packet.py test_packet_fails: one data byte DD changed to DC.
        FrameException e = assertThrows(
                FrameException.class,
                () -> Esp3Packet.Serializer.decode(Hex.bytes(
                        "55 00 0F 07 01 2B D2 DD DC DD DD DD DD DD DD DD 00 80 35 C4 00 03 FF FF FF FF 4D 00 36")));
        assertTrue(e.getMessage().contains("CRC8D"), e.getMessage());
    }

    @Test
    void aChangedHeaderCrcIsRejected() {
        // kipe/enocean test_packet.py test_packet_fails: CRC8H 2B changed to 1B.
        FrameException e = assertThrows(
                FrameException.class,
                () -> Esp3Packet.Serializer.decode(Hex.bytes(
                        "55 00 0F 07 01 1B D2 DD DD DD DD DD DD DD DD DD 00 80 35 C4 00 03 FF FF FF FF 4D 00 36")));
        assertTrue(e.getMessage().contains("CRC8H"), e.getMessage());
    }

    @Test
    void aTruncatedFrameIsRejectedWithItsLength() {
        FrameException e = assertThrows(
                FrameException.class, () -> Esp3Packet.Serializer.decode(Hex.bytes("55 00 01 00 05 70 38")));
        assertTrue(e.getMessage().contains("length"), e.getMessage());
    }

    @Test
    void anEventPacketCarriesItsCode() throws FrameException {
        // kipe/enocean test_packet.py test_event_packet: SA_RECLAIM_NOT_SUCCESSFUL.
        Event event = Event.Serializer.decode(Esp3Packet.Serializer.decode(Hex.bytes("55 00 01 00 04 77 01 07")));
        assertEquals(EventCode.SA_RECLAIM_NOT_SUCCESSFUL, event.eventCode());
        assertEquals(0, event.data().length);
    }

    @Test
    void packetsWithEqualBytesAreEqual() {
        Esp3Packet a = new Esp3Packet(PacketType.COMMON_COMMAND, Hex.bytes("08"), null);
        Esp3Packet b = new Esp3Packet(5, Hex.bytes("08"), new byte[0]);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
