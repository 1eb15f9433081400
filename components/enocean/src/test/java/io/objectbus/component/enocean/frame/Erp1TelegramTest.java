// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.component.enocean.Hex;
import org.junit.jupiter.api.Test;

class Erp1TelegramTest {

    private static Erp1Telegram decode(String frame) throws FrameException {
        return Erp1Telegram.Serializer.decode(Esp3Packet.Serializer.decode(Hex.bytes(frame)));
    }

    @Test
    void a4bsTemperatureTelegramHasItsSenderStatusAndRssi() throws FrameException {
        // kipe/enocean test_eep.py test_temperature (A5-02-05, sender 01:81:B7:44, dBm byte 2D).
        Erp1Telegram t = decode("55 00 0A 07 01 EB A5 00 00 55 08 01 81 B7 44 00 01 FF FF FF FF 2D 00 75");
        assertEquals(Rorg.BS4, t.rorg());
        assertArrayEquals(Hex.bytes("00 00 55 08"), t.userData());
        assertEquals("0181B744", EnoceanIds.toHex(t.senderId()));
        assertEquals(0, t.repeaterCount());
        assertEquals(1, t.subTelegramCount());
        assertEquals(EnoceanIds.BROADCAST, t.destinationId());
        assertEquals(-45, t.dbm());
    }

    @Test
    void anRpsTelegramKeepsT21AndNuInItsStatus() throws FrameException {
        // kipe/enocean test_eep.py test_switch: F6 50 from 00:29:89:79, status 0x30 (T21 and NU set).
        Erp1Telegram t = decode("55 00 07 07 01 7A F6 50 00 29 89 79 30 01 FF FF FF FF 37 00 9D");
        assertEquals(Rorg.RPS, t.rorg());
        assertEquals(0x30, t.status());
        assertEquals(0, t.repeaterCount());
        assertEquals(-55, t.dbm());
    }

    @Test
    void anOutgoingTelegramEncodesAsTheReferenceFrame() {
        // kipe/enocean test_packet_creation.py test_temperature: A5-02-05 from 01:81:B7:44, send optional data.
        Erp1Telegram t = Erp1Telegram.outgoing(Rorg.BS4, Hex.bytes("00 00 55 08"), 0x0181B744);
        assertEquals(
                "55 00 0A 07 01 EB A5 00 00 55 08 01 81 B7 44 00 03 FF FF FF FF FF 00 5C",
                Hex.of(Esp3Packet.Serializer.encode(Erp1Telegram.Serializer.encode(t))));
    }

    @Test
    void anAddressedTelegramCarriesItsDestination() {
        // kipe/enocean test_packet_creation.py test_packets_with_destination: D5-00-01 to DE:AD:BE:EF.
        Erp1Telegram t = Erp1Telegram.addressed(Rorg.BS1, Hex.bytes("08"), 0x01825DAB, 0xDEADBEEF);
        assertEquals(
                "55 00 07 07 01 7A D5 08 01 82 5D AB 00 03 DE AD BE EF FF 00 B9",
                Hex.of(Esp3Packet.Serializer.encode(Erp1Telegram.Serializer.encode(t))));
    }

    @Test
    void aVldSetOutputTelegramEncodesAsTheReferenceFrame() {
        // kipe/enocean test_packet_creation.py test_vld: D2-01 CMD 1, all channels, 100 %, from DE:AD:BE:EF.
        Erp1Telegram t = Erp1Telegram.outgoing(Rorg.VLD, Hex.bytes("01 1E 64"), 0xDEADBEEF);
        assertEquals(
                "55 00 09 07 01 56 D2 01 1E 64 DE AD BE EF 00 03 FF FF FF FF FF 00 5A",
                Hex.of(Esp3Packet.Serializer.encode(Erp1Telegram.Serializer.encode(t))));
    }

    @Test
    void aTelegramWithoutOptionalDataGetsTheDefaults() throws FrameException {
        // kipe/enocean test_packet_creation.py PACKET_CONTENT_1: 4BS without optional data.
        Erp1Telegram t = decode("55 00 0A 00 01 80 A5 00 00 00 00 DE AD BE EF 00 18");
        assertEquals(0xDEADBEEF, t.senderId());
        assertFalse(t.hasDbm());
        assertEquals(EnoceanIds.BROADCAST, t.destinationId());
    }

    @Test
    void repeaterCountIsTheLowNibbleOfStatus() {
        Erp1Telegram t = new Erp1Telegram(Rorg.BS1, Hex.bytes("09"), 1, 0x2F, 1, -1, -70, 0);
        assertEquals(15, t.repeaterCount());
    }

    @Test
    void tooShortErp1DataIsRejected() {
        Esp3Packet packet = new Esp3Packet(PacketType.RADIO_ERP1, Hex.bytes("F6 00 00 00"), null);
        assertThrows(FrameException.class, () -> Erp1Telegram.Serializer.decode(packet));
    }

    @Test
    void senderIdsParseWithColonsOrPrefix() {
        assertEquals(0x0181B744, EnoceanIds.parse("01:81:B7:44"));
        assertEquals(0xFF9E5500, EnoceanIds.parse("0xff9e5500"));
        assertThrows(IllegalArgumentException.class, () -> EnoceanIds.parse("not-an-id"));
    }
}
