// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import static io.objectbus.bacnet.internal.TagsTest.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static void assertBvlcRoundTrip(Bvlc message, String expected) {
        byte[] encoded = Bvlc.Serializer.encode(message);
        assertArrayEquals(hex(expected), encoded);
        assertArrayEquals(encoded, Bvlc.Serializer.encode(Bvlc.Serializer.decode(encoded)));
    }

    @Test
    void everyBvlcFunctionHasItsHeaderAndLength() {
        // Annex J.2: type X'81', function, 2-octet length of the whole message.
        assertBvlcRoundTrip(new Bvlc.Result(0x0030), "81 00 0006 0030");
        assertBvlcRoundTrip(new Bvlc.RegisterForeignDevice(600), "81 05 0006 0258");
        assertBvlcRoundTrip(new Bvlc.OriginalUnicastNpdu(hex("0104")), "81 0A 0006 0104");
        assertBvlcRoundTrip(new Bvlc.OriginalBroadcastNpdu(hex("0100")), "81 0B 0006 0100");
        assertBvlcRoundTrip(new Bvlc.DistributeBroadcastToNetwork(hex("0100")), "81 09 0006 0100");
        assertBvlcRoundTrip(
                new Bvlc.ForwardedNpdu(new InetSocketAddress("192.168.1.20", 47808), hex("0100")),
                "81 04 000C C0A80114 BAC0 0100");
        assertBvlcRoundTrip(new Bvlc.Other(0x02, new byte[0]), "81 02 0004");
    }

    @Test
    void aForwardedNpduCarriesTheOriginatorsAddress() {
        Bvlc decoded = Bvlc.Serializer.decode(hex("81 04 000C 0A000002 BAC1 0100"));

        Bvlc.ForwardedNpdu forwarded = assertInstanceOf(Bvlc.ForwardedNpdu.class, decoded);
        assertEquals(new InetSocketAddress("10.0.0.2", 47809), forwarded.origin());
    }

    @Test
    void bvlcWithAWrongTypeOrLengthIsRefused() {
        assertThrows(DecodeException.class, () -> Bvlc.Serializer.decode(hex("82 0A 0006 0100")));
        assertThrows(DecodeException.class, () -> Bvlc.Serializer.decode(hex("81 0A 0007 0100")));
        assertThrows(DecodeException.class, () -> Bvlc.Serializer.decode(hex("81 0A 0004")));
        assertThrows(DecodeException.class, () -> Bvlc.Serializer.decode(hex("81 0F 0004")));
    }

    @Test
    void aLocalNpduIsVersionAndControlOnly() {
        // Clause 6.2.2: version 1, control with "data expecting reply" (bit 2) for a confirmed request.
        Npdu npdu = Npdu.local(hex("10 08"), true);

        assertArrayEquals(hex("01 04 1008"), Npdu.Serializer.encode(npdu));
    }

    @Test
    void aRoutedNpduCarriesDestinationSourceAndHopCount() {
        Npdu npdu = new Npdu(false, true, 0, 5, hex("0A"), 7, hex("C0A80101BAC0"), 255, -1, -1, hex("1008"));

        byte[] encoded = Npdu.Serializer.encode(npdu);

        assertArrayEquals(hex("01 2C 0005 01 0A 0007 06 C0A80101BAC0 FF 1008"), encoded);
        Npdu decoded = Npdu.Serializer.decode(encoded);
        assertEquals(5, decoded.dnet());
        assertArrayEquals(hex("0A"), decoded.dadr());
        assertEquals(7, decoded.snet());
        assertArrayEquals(hex("C0A80101BAC0"), decoded.sadr());
        assertEquals(255, decoded.hopCount());
        assertTrue(decoded.expectingReply());
    }

    @Test
    void aGlobalBroadcastHasDnetFfffAndNoDadr() {
        byte[] encoded = Npdu.Serializer.encode(Npdu.routed(hex("1008"), false, Npdu.GLOBAL_BROADCAST, new byte[0]));

        assertArrayEquals(hex("01 20 FFFF 00 FF 1008"), encoded);
    }

    @Test
    void networkLayerMessagesAreRecognisedWithTheirTypeAndVendor() {
        // Clause 6.4: Who-Is-Router-To-Network (X'00'); proprietary types X'80'..X'FF' carry a vendor id.
        Npdu whoIsRouter = Npdu.Serializer.decode(hex("01 80 00"));
        Npdu proprietary = Npdu.Serializer.decode(hex("01 80 85 0104 AA"));

        assertTrue(whoIsRouter.networkMessage());
        assertEquals(0, whoIsRouter.messageType());
        assertEquals(0x85, proprietary.messageType());
        assertEquals(0x0104, proprietary.vendorId());
        assertArrayEquals(hex("01 80 85 0104 AA"), Npdu.Serializer.encode(proprietary));
    }

    @Test
    void malformedNpdusAreRefused() {
        assertThrows(DecodeException.class, () -> Npdu.Serializer.decode(hex("02 00 1008")), "version 2");
        assertThrows(DecodeException.class, () -> Npdu.Serializer.decode(hex("01 08 0005 00 1008")), "SLEN 0");
        assertThrows(DecodeException.class, () -> Npdu.Serializer.decode(hex("01 20 0005 03 0A")), "short DADR");
        assertThrows(DecodeException.class, () -> Npdu.Serializer.decode(hex("01 00")), "no APDU");
    }

    private static void assertApduRoundTrip(Apdu apdu, String expected) {
        byte[] encoded = Apdu.Serializer.encode(apdu);
        assertArrayEquals(hex(expected), encoded, apdu::toString);
        assertArrayEquals(encoded, Apdu.Serializer.encode(Apdu.Serializer.decode(encoded)));
    }

    @Test
    void everyApduTypeEncodesItsHeader() {
        // Clause 20.1: the PDU type in the high nibble of the first octet.
        assertApduRoundTrip(Apdu.ConfirmedRequest.of(1, 50, 12, hex("0C00000005 1955")), "00 00 01 0C 0C00000005 1955");
        assertApduRoundTrip(
                new Apdu.ConfirmedRequest(true, true, true, 3, 1476, 9, 4, 8, 14, hex("AA")), "0E 35 09 04 08 0E AA");
        assertApduRoundTrip(new Apdu.UnconfirmedRequest(8, new byte[0]), "10 08");
        assertApduRoundTrip(new Apdu.SimpleAck(0x59, 15), "20 59 0F");
        assertApduRoundTrip(Apdu.ComplexAck.of(1, 12, hex("AA")), "30 01 0C AA");
        assertApduRoundTrip(new Apdu.ComplexAck(true, false, 2, 0, 4, 14, hex("BB")), "38 02 00 04 0E BB");
        assertApduRoundTrip(new Apdu.SegmentAck(true, true, 3, 1, 4), "43 03 01 04");
        assertApduRoundTrip(new Apdu.Error(4, 12, 1, 31), "50 04 0C 9101 911F");
        assertApduRoundTrip(new Apdu.Reject(5, 9), "60 05 09");
        assertApduRoundTrip(new Apdu.Abort(true, 6, 4), "71 06 04");
        assertApduRoundTrip(new Apdu.Abort(false, 6, 4), "70 06 04");
    }

    @Test
    void theMaxApduCodeMapsToOctets() {
        // Clause 20.1.2.5: B'0000' 50, B'0001' 128, B'0010' 206, B'0011' 480, B'0100' 1024, B'0101' 1476.
        List<Integer> sizes = List.of(50, 128, 206, 480, 1024, 1476);
        for (int code = 0; code < sizes.size(); code++) {
            Apdu decoded = Apdu.Serializer.decode(new byte[] {0x00, (byte) code, 1, 12});
            assertEquals(sizes.get(code), ((Apdu.ConfirmedRequest) decoded).maxApdu());
        }
        assertThrows(DecodeException.class, () -> Apdu.Serializer.decode(hex("00 06 01 0C")), "reserved code");
    }

    @Test
    void anErrorWrappedInContextTag0IsUnderstood() {
        // Errors of services such as WritePropertyMultiple start with the Error inside context tag 0.
        Apdu.Error error = (Apdu.Error) Apdu.Serializer.decode(hex("50 07 10 0E 9102 9128 0F 1C 00800001 29 55"));

        assertEquals(2, error.errorClass());
        assertEquals(40, error.errorCode());
    }

    @Test
    void truncatedOrOverlongApdusAreRefused() {
        assertThrows(DecodeException.class, () -> Apdu.Serializer.decode(hex("20 59")));
        assertThrows(DecodeException.class, () -> Apdu.Serializer.decode(hex("20 59 0F 00")));
        assertThrows(DecodeException.class, () -> Apdu.Serializer.decode(hex("50 04 0C 9101")));
        assertThrows(DecodeException.class, () -> Apdu.Serializer.decode(hex("80 00")));
    }
}
