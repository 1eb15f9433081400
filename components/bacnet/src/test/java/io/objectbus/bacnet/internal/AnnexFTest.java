// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import static io.objectbus.bacnet.internal.TagsTest.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.internal.service.CovNotification;
import io.objectbus.bacnet.internal.service.IAm;
import io.objectbus.bacnet.internal.service.IHave;
import io.objectbus.bacnet.internal.service.ReadProperty;
import io.objectbus.bacnet.internal.service.ReadPropertyAck;
import io.objectbus.bacnet.internal.service.ReadPropertyMultiple;
import io.objectbus.bacnet.internal.service.ReadPropertyMultiple.Reference;
import io.objectbus.bacnet.internal.service.ReadPropertyMultiple.Spec;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck.ObjectResult;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck.Result;
import io.objectbus.bacnet.internal.service.SubscribeCov;
import io.objectbus.bacnet.internal.service.WhoHas;
import io.objectbus.bacnet.internal.service.WhoIs;
import io.objectbus.bacnet.internal.service.WriteProperty;
import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoding examples of ASHRAE 135 Annex F, encoded and decoded octet for octet. */
class AnnexFTest {
    private static final ObjectIdentifier AI5 = new ObjectIdentifier(0, 5);
    private static final ObjectIdentifier AI10 = new ObjectIdentifier(0, 10);
    private static final ObjectIdentifier AI16 = new ObjectIdentifier(0, 16);

    private static byte[] confirmed(int invokeId, int maxApdu, int service, byte[] body) {
        return Apdu.Serializer.encode(Apdu.ConfirmedRequest.of(invokeId, maxApdu, service, body));
    }

    private static byte[] unconfirmed(int service, byte[] body) {
        return Apdu.Serializer.encode(new Apdu.UnconfirmedRequest(service, body));
    }

    private static byte[] complex(int invokeId, int service, byte[] body) {
        return Apdu.Serializer.encode(Apdu.ComplexAck.of(invokeId, service, body));
    }

    private static byte[] body(String apdu) {
        return ((Apdu.ConfirmedRequest) Apdu.Serializer.decode(hex(apdu))).service();
    }

    @Test
    void f_3_5ReadPropertyRequestAndAck() {
        // ASHRAE 135 F.3.5: ReadProperty of Analog Input 5 Present_Value, invoke id 1, answer 72.3.
        ReadProperty request = new ReadProperty(AI5, 85, null);
        ReadPropertyAck ack = new ReadPropertyAck(AI5, 85, null, List.of(new RealValue(72.3f)));

        assertArrayEquals(
                hex("00 00 01 0C 0C00000005 1955"), confirmed(1, 50, 12, ReadProperty.Serializer.encode(request)));
        assertArrayEquals(
                hex("30 01 0C 0C00000005 1955 3E 444290999A 3F"),
                complex(1, 12, ReadPropertyAck.Serializer.encode(ack)));
        assertEquals(ack, ReadPropertyAck.Serializer.decode(hex("0C00000005 1955 3E 444290999A 3F")));
        assertEquals(request, ReadProperty.Serializer.decode(body("00 00 01 0C 0C00000005 1955")));
    }

    @Test
    void f_3_7ReadPropertyMultipleOfOneObject() {
        // ASHRAE 135 F.3.7 (first example): Present_Value and Reliability of Analog Input 16, invoke id 241.
        ReadPropertyMultiple request = new ReadPropertyMultiple(
                List.of(new Spec(AI16, List.of(new Reference(85, null), new Reference(103, null)))));
        ReadPropertyMultipleAck ack = new ReadPropertyMultipleAck(List.of(new ObjectResult(
                AI16,
                List.of(
                        Result.value(85, null, List.of(new RealValue(72.3f))),
                        Result.value(103, null, List.of(new EnumeratedValue(0)))))));

        assertArrayEquals(
                hex("00 04 F1 0E 0C00000010 1E 0955 0967 1F"),
                confirmed(241, 1024, 14, ReadPropertyMultiple.Serializer.encode(request)));
        assertArrayEquals(
                hex("30 F1 0E 0C00000010 1E 2955 4E 444290999A 4F 2967 4E 9100 4F 1F"),
                complex(241, 14, ReadPropertyMultipleAck.Serializer.encode(ack)));
        assertEquals(request, ReadPropertyMultiple.Serializer.decode(body("00 04 F1 0E 0C00000010 1E 0955 0967 1F")));
    }

    @Test
    void f_3_7ReadPropertyMultipleWithAnUnknownObjectError() {
        // ASHRAE 135 F.3.7 (second example): Analog Inputs 33, 50 (unknown: object/unknown-object) and 35.
        String ack = "0C00000021 1E 2955 4E 4442293333 4F 1F"
                + "0C00000032 1E 2955 5E 9101 911F 5F 1F"
                + "0C00000023 1E 2955 4E 4443D9D99A 4F 1F";

        ReadPropertyMultipleAck decoded = ReadPropertyMultipleAck.Serializer.decode(hex(ack));

        assertEquals(3, decoded.results().size());
        assertEquals(
                List.of(new RealValue(42.3f)),
                decoded.results().get(0).results().get(0).value());
        assertEquals(
                new BacnetError(1, 31),
                decoded.results().get(1).results().get(0).error());
        assertEquals(
                List.of(new RealValue(435.7f)),
                decoded.results().get(2).results().get(0).value());
        assertArrayEquals(hex(ack), ReadPropertyMultipleAck.Serializer.encode(decoded));
    }

    @Test
    void f_3_9WritePropertyRequestAndSimpleAck() {
        // ASHRAE 135 F.3.9: write 180.0 to Analog Value 1 Present_Value, invoke id 89, then its SimpleACK.
        WriteProperty request =
                new WriteProperty(new ObjectIdentifier(2, 1), 85, null, List.of(new RealValue(180.0f)), null);

        assertArrayEquals(
                hex("00 04 59 0F 0C00800001 1955 3E 4443340000 3F"),
                confirmed(89, 1024, 15, WriteProperty.Serializer.encode(request)));
        assertArrayEquals(hex("20 59 0F"), Apdu.Serializer.encode(new Apdu.SimpleAck(89, 15)));
        assertEquals(request, WriteProperty.Serializer.decode(body("00 04 59 0F 0C00800001 1955 3E 4443340000 3F")));
    }

    @Test
    void writePropertyWithPriorityAndNullRelinquishes() {
        // Not an Annex F example: clause 15.9.1.1.5 puts the priority in context tag 4 after the value.
        WriteProperty relinquish = new WriteProperty(
                new ObjectIdentifier(1, 3),
                85,
                null,
                List.of(io.objectbus.bacnet.model.BacnetValue.NullValue.INSTANCE),
                8);

        byte[] encoded = WriteProperty.Serializer.encode(relinquish);

        assertArrayEquals(hex("0C00400003 1955 3E 00 3F 4908"), encoded);
        assertEquals(relinquish, WriteProperty.Serializer.decode(encoded));
    }

    @Test
    void f_1_10SubscribeCovRequestAndCancellation() {
        // ASHRAE 135 F.1.10: SubscribeCOV of process 18 to Analog Input 10, confirmed, lifetime 0.
        SubscribeCov request = new SubscribeCov(18, AI10, true, 0L);

        assertArrayEquals(
                hex("00 02 0F 05 0912 1C0000000A 2901 3900"),
                confirmed(15, 206, 5, SubscribeCov.Serializer.encode(request)));
        assertEquals(request, SubscribeCov.Serializer.decode(hex("0912 1C0000000A 2901 3900")));
        SubscribeCov cancel = SubscribeCov.Serializer.decode(hex("0912 1C0000000A"));
        assertTrue(cancel.isCancellation());
    }

    private static final String COV_VALUES =
            "0912 1C02000004 2C0000000A 3900 4E 0955 2E 4442820000 2F 096F 2E 820400 2F 4F";

    private static CovNotification covExample() {
        return new CovNotification(
                18,
                ObjectIdentifier.device(4),
                AI10,
                0,
                List.of(
                        CovNotification.Value.of(85, new RealValue(65.0f)),
                        CovNotification.Value.of(111, BitStringValue.of("0000"))));
    }

    @Test
    void f_1_2ConfirmedCovNotificationAndItsSimpleAck() {
        // ASHRAE 135 F.1.2: ConfirmedCOVNotification from device 4, Analog Input 10 = 65.0, flags all false.
        assertArrayEquals(
                hex("00 02 0F 01" + COV_VALUES),
                confirmed(15, 206, 1, CovNotification.Serializer.encode(covExample())));
        assertArrayEquals(hex("20 0F 01"), Apdu.Serializer.encode(new Apdu.SimpleAck(15, 1)));
        assertEquals(covExample(), CovNotification.Serializer.decode(hex(COV_VALUES)));
    }

    @Test
    void f_1_3UnconfirmedCovNotification() {
        // ASHRAE 135 F.1.3: the same notification, unconfirmed.
        assertArrayEquals(hex("10 02" + COV_VALUES), unconfirmed(2, CovNotification.Serializer.encode(covExample())));
    }

    @Test
    void f_4_8WhoHasByNameAndByIdentifierAndIHave() {
        // ASHRAE 135 F.4.8: Who-Has "OATemp" and Analog Input 3, answered by I-Have from device 8.
        WhoHas byName = new WhoHas(-1, -1, null, "OATemp");
        WhoHas byId = new WhoHas(-1, -1, new ObjectIdentifier(0, 3), null);
        IHave iHave = new IHave(ObjectIdentifier.device(8), new ObjectIdentifier(0, 3), "OATemp");

        assertArrayEquals(hex("10 07 3D 07 00 4F4154656D70"), unconfirmed(7, WhoHas.Serializer.encode(byName)));
        assertArrayEquals(hex("10 07 2C 00000003"), unconfirmed(7, WhoHas.Serializer.encode(byId)));
        assertArrayEquals(
                hex("10 01 C402000008 C400000003 75 07 00 4F4154656D70"),
                unconfirmed(1, IHave.Serializer.encode(iHave)));
        assertEquals(byName, WhoHas.Serializer.decode(hex("3D 07 00 4F4154656D70")));
        assertEquals(iHave, IHave.Serializer.decode(hex("C402000008 C400000003 75 07 00 4F4154656D70")));
    }

    @Test
    void f_4_9WhoIsWithAndWithoutRange() {
        // ASHRAE 135 F.4.9: Who-Is for device 3 exactly, and for all devices.
        assertArrayEquals(hex("10 08 0903 1903"), unconfirmed(8, WhoIs.Serializer.encode(new WhoIs(3, 3))));
        assertArrayEquals(hex("10 08"), unconfirmed(8, WhoIs.Serializer.encode(WhoIs.ALL)));
        assertEquals(new WhoIs(3, 3), WhoIs.Serializer.decode(hex("0903 1903")));
        assertEquals(WhoIs.ALL, WhoIs.Serializer.decode(new byte[0]));
    }

    @Test
    void f_4_9IAmOfFourDevices() {
        // ASHRAE 135 F.4.9: the I-Am answers of devices 1 to 4 (max APDU, segmentation, vendor).
        assertArrayEquals(
                hex("10 00 C402000001 2201E0 9101 2163"),
                unconfirmed(0, IAm.Serializer.encode(new IAm(ObjectIdentifier.device(1), 480, 1, 99))));
        assertArrayEquals(
                hex("10 00 C402000002 21CE 9102 2121"),
                unconfirmed(0, IAm.Serializer.encode(new IAm(ObjectIdentifier.device(2), 206, 2, 33))));
        assertArrayEquals(
                hex("10 00 C402000003 220400 9103 2163"),
                unconfirmed(0, IAm.Serializer.encode(new IAm(ObjectIdentifier.device(3), 1024, 3, 99))));
        assertArrayEquals(
                hex("10 00 C402000004 2180 9100 2142"),
                unconfirmed(0, IAm.Serializer.encode(new IAm(ObjectIdentifier.device(4), 128, 0, 66))));
        assertEquals(
                new IAm(ObjectIdentifier.device(3), 1024, 3, 99),
                IAm.Serializer.decode(hex("C402000003 220400 9103 2163")));
    }

    @Test
    void optionalParametersStayAbsentWhenNotEncoded() {
        ReadProperty whole = ReadProperty.Serializer.decode(hex("0C00000005 1955"));
        ReadProperty element = ReadProperty.Serializer.decode(hex("0C02000001 194C 2900"));

        assertNull(whole.arrayIndex());
        assertEquals(0, element.arrayIndex());
        assertEquals(76, element.property());
    }
}
