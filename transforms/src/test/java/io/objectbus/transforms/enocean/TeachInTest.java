// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static io.objectbus.transforms.enocean.Vectors.bytes;
import static io.objectbus.transforms.enocean.Vectors.hex;
import static io.objectbus.transforms.enocean.Vectors.telegram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TeachInTest {

    @Test
    void a4bsTeachInFromKipeAnnouncesA50205() {
        // kipe test_eep.py test_eep_parsing: A5 08 28 46 80 -> FUNC 02, TYPE 05, LRN with EEP.
        FourBsTeachIn t = FourBsTeachIn.Serializer.decode(bytes("08 28 46 80")).orElseThrow();
        assertEquals(EepId.parse("A5-02-05"), t.eep().orElseThrow());
        assertEquals(0x046, t.manufacturer());
        assertFalse(t.response());
    }

    @Test
    void a4bsTeachInFromDomoticzAnnouncesA50904() {
        // domoticz ESP3_TESTS_4BS_A5_09_04 unidirectional teach-in: 24 20 00 80.
        FourBsTeachIn t = FourBsTeachIn.Serializer.decode(bytes("24 20 00 80")).orElseThrow();
        assertEquals(EepId.parse("A5-09-04"), t.eep().orElseThrow());
    }

    @Test
    void aCentralCommandTeachInEncodesAsFuncTypeAndManufacturer() {
        // EEP 2.6 clause 3.3: A5-38-08 with manufacturer 0x00D -> E0 40 0D 80.
        FourBsTeachIn t = FourBsTeachIn.query(EepId.parse("A5-38-08"), 0x00D);
        assertEquals("E0 40 0D 80", hex(FourBsTeachIn.Serializer.encode(t).data()));
        assertEquals(
                t,
                FourBsTeachIn.Serializer.decode(
                                FourBsTeachIn.Serializer.encode(t).data())
                        .orElseThrow());
    }

    @Test
    void aBidirectionalTeachInResponseRoundTrips() {
        FourBsTeachIn response =
                FourBsTeachIn.query(EepId.parse("A5-20-01"), 0x049).respond(true);
        byte[] data = FourBsTeachIn.Serializer.encode(response).data();
        assertEquals(0xF0, data[3] & 0xFF);
        assertEquals(response, FourBsTeachIn.Serializer.decode(data).orElseThrow());
    }

    @Test
    void aDataTelegramIsNoTeachIn() {
        assertTrue(FourBsTeachIn.Serializer.decode(bytes("00 00 55 08")).isEmpty());
        assertTrue(TeachIn.isTeachIn(0xD5, bytes("00")));
        assertFalse(TeachIn.isTeachIn(0xD5, bytes("08")));
    }

    @Test
    void aUteQueryFromKipeAnnouncesD20101() {
        // kipe test_teachin.py test_ute_in: D4 A0 FF 3E 00 01 01 D2 from 01:94:E3:B9.
        Erp1Telegram t = telegram("55 00 0D 07 01 FD D4 A0 FF 3E 00 01 01 D2 01 94 E3 B9 00 01 FF FF FF FF 40 00 AB");
        UteTeachIn q = UteTeachIn.Serializer.decode(t.userData()).orElseThrow();
        assertTrue(q.bidirectional());
        assertTrue(q.responseExpected());
        assertEquals(UteTeachIn.Request.TEACH_IN_OR_DELETION, q.request());
        assertEquals(0xFF, q.channels());
        assertEquals(0x03E, q.manufacturer());
        assertEquals(EepId.parse("D2-01-01"), q.eep());
        assertEquals("A0 FF 3E 00 01 01 D2", hex(UteTeachIn.Serializer.encode(q).data()));
    }

    @Test
    void theUteResponseAcceptsAndEchoesTheQuery() {
        // kipe test_teachin.py: the response has DB6.5..4 = 01 (accepted) and echoes DB5..DB0.
        byte[] query = bytes("A0 FF 3E 00 01 01 D2");
        UteTeachIn q = UteTeachIn.Serializer.decode(query).orElseThrow();
        byte[] response = UteResponse.Serializer.encode(q.respond(UteResponse.Result.TEACH_IN_ACCEPTED))
                .data();
        assertEquals(0b01, (response[0] >> 4) & 0x03);
        assertEquals(1, response[0] & 0x0F);
        assertEquals(hex(Arrays.copyOfRange(query, 1, 7)), hex(Arrays.copyOfRange(response, 1, 7)));
        UteResponse parsed = UteResponse.Serializer.decode(response).orElseThrow();
        assertEquals(UteResponse.Result.TEACH_IN_ACCEPTED, parsed.result());
        assertTrue(UteTeachIn.Serializer.decode(response).isEmpty(), "a response is not a query");
    }

    @Test
    void theResponseIsAddressedToTheDeviceFromTheBaseId() {
        UteTeachIn q =
                UteTeachIn.Serializer.decode(bytes("A0 FF 3E 00 01 01 D2")).orElseThrow();
        Erp1Telegram t = UteResponse.Serializer.encode(q.respond(UteResponse.Result.TEACH_IN_ACCEPTED))
                .toTelegram(0xDEADBEEF, 0x0194E3B9);
        assertEquals(0xD4, t.rorg());
        assertEquals(0x0194E3B9, t.destinationId());
        assertEquals(0xDEADBEEF, t.senderId());
    }
}
