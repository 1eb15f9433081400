// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.BooleanValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.Constructed;
import io.objectbus.bacnet.model.BacnetValue.ContextValue;
import io.objectbus.bacnet.model.BacnetValue.DateValue;
import io.objectbus.bacnet.model.BacnetValue.DoubleValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.BacnetValue.OctetStringValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.SignedValue;
import io.objectbus.bacnet.model.BacnetValue.TimeValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagsTest {
    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    static byte[] encode(BacnetValue value) {
        ByteWriter out = new ByteWriter();
        ValueCodec.encode(out, value);
        return out.toByteArray();
    }

    static BacnetValue decode(byte[] data) {
        ByteReader in = new ByteReader(data);
        BacnetValue value = ValueCodec.decode(in);
        assertEquals(0, in.remaining(), "octets left over");
        return value;
    }

    private static void assertEncoding(String expected, BacnetValue value) {
        assertArrayEquals(hex(expected), encode(value), value::toString);
        assertEquals(value, decode(hex(expected)));
    }

    @Test
    void applicationTagExamplesOfClause20_2EncodeAndDecodeExactly() {
        assertEncoding("00", NullValue.INSTANCE); // 20.2.2 Null
        assertEncoding("11", new BooleanValue(true)); // 20.2.3 Boolean TRUE
        assertEncoding("10", new BooleanValue(false));
        assertEncoding("21 48", new UnsignedValue(72)); // 20.2.4 Unsigned 72
        assertEncoding("31 48", new SignedValue(72)); // 20.2.5 Signed 72
        assertEncoding("44 42900000", new RealValue(72.0f)); // 20.2.6 Real 72.0
        assertEncoding("55 08 4052000000000000", new DoubleValue(72.0)); // 20.2.7 Double 72.0
        assertEncoding("63 1234FF", new OctetStringValue(hex("1234FF"))); // 20.2.8 Octet String
        // 20.2.9 Character String, ANSI X3.4 / UTF-8
        assertEncoding(
                "75 19 00 546869732069732061204241436E657420737472696E6721",
                new CharacterStringValue("This is a BACnet string!"));
        assertEncoding("82 03 A8", BitStringValue.of("10101")); // 20.2.10 Bit String
        assertEncoding("91 00", new EnumeratedValue(0)); // 20.2.11 Enumerated ANALOG-INPUT
        assertEncoding("A4 5B 01 18 04", new DateValue(1991, 1, 24, 4)); // 20.2.12 Date, a Thursday
        assertEncoding("B4 11 23 2D 11", new TimeValue(17, 35, 45, 17)); // 20.2.13 Time 5:35:45.17 PM
        assertEncoding("C4 00C0000F", new ObjectIdValue(new ObjectIdentifier(3, 15))); // 20.2.14 Binary Input 15
    }

    @Test
    void dateAndTimeOfTheTimeSynchronizationExampleF_4_7Decode() {
        // F.4.7: TimeSynchronization of November 17, 1992 (a Tuesday), 22:45:30.70
        assertEquals(new DateValue(1992, 11, 17, 2), decode(hex("A4 5C 0B 11 02")));
        assertEquals(new TimeValue(22, 45, 30, 70), decode(hex("B4 16 2D 1E 46")));
        assertEquals(new DateValue(255, 255, 255, 255), decode(hex("A4 FF FF FF FF")), "all unspecified");
    }

    @Test
    void iso8859_1CharacterStringsKeepTheirCharacterSet() {
        CharacterStringValue text = new CharacterStringValue("Büro 3°", CharacterStringValue.ISO_8859_1);

        assertEncoding("75 08 05 42FC726F2033B0", text);
        assertEncoding("75 0A 00 42C3BC726F2033C2B0", new CharacterStringValue("Büro 3°"));
    }

    @ParameterizedTest
    @CsvSource({"0,2100", "255,21FF", "256,220100", "65535,22FFFF", "65536,23010000", "4294967295,24FFFFFFFF"})
    void unsignedValuesUseTheFewestOctets(long value, String expected) {
        assertEncoding(expected, new UnsignedValue(value));
    }

    @ParameterizedTest
    @CsvSource({
        "-1,31FF",
        "127,317F",
        "-128,3180",
        "128,320080",
        "-129,32FF7F",
        "-8388608,33800000",
        "2147483647,347FFFFFFF"
    })
    void signedValuesUseTheFewestOctetsOfTwosComplement(long value, String expected) {
        assertEncoding(expected, new SignedValue(value));
    }

    @Test
    void contextTagsOpeningAndClosingTagsAndExtendedTagNumbers() {
        // 20.2.1.3: context tag 3 unsigned, opening/closing tag 3, and tag numbers above 14 in a second octet.
        assertEncoding("39 05", new ContextValue(3, hex("05")));
        assertEncoding("3E 21 05 3F", new Constructed(3, List.of(new UnsignedValue(5))));
        assertEncoding("F9 FE 05", new ContextValue(254, hex("05")));
        assertEncoding("FE 0F 00 FF 0F", new Constructed(15, List.of(NullValue.INSTANCE)));
    }

    @Test
    void extendedLengthsTakeOneThreeOrFiveOctets() {
        // 20.2.1.3.1: LVT 5 then a length of 5..253, or 254 and 2 octets, or 255 and 4 octets.
        byte[] large = new byte[300];
        byte[] huge = new byte[70_000];
        assertArrayEquals(hex("65 05"), java.util.Arrays.copyOf(encode(new OctetStringValue(new byte[5])), 2));
        assertArrayEquals(hex("65 FE 012C"), java.util.Arrays.copyOf(encode(new OctetStringValue(large)), 4));
        assertArrayEquals(hex("65 FF 00011170"), java.util.Arrays.copyOf(encode(new OctetStringValue(huge)), 6));
        assertEquals(new OctetStringValue(large), decode(encode(new OctetStringValue(large))));
        assertEquals(new OctetStringValue(huge), decode(encode(new OctetStringValue(huge))));
    }

    @Test
    void randomValuesOfEveryTypeSurviveARoundTrip() {
        Random random = new Random(135);
        for (int i = 0; i < 500; i++) {
            BacnetValue value = randomValue(random);
            assertEquals(value, decode(encode(value)));
        }
    }

    private static BacnetValue randomValue(Random random) {
        return switch (random.nextInt(13)) {
            case 0 -> NullValue.INSTANCE;
            case 1 -> new BooleanValue(random.nextBoolean());
            case 2 -> new UnsignedValue(random.nextLong() >>> random.nextInt(64));
            case 3 -> new SignedValue(random.nextLong() >> random.nextInt(64));
            case 4 -> new RealValue(random.nextFloat() * 1e6f - 5e5f);
            case 5 -> new DoubleValue(random.nextGaussian() * 1e12);
            case 6 -> new OctetStringValue(bytes(random));
            case 7 -> new CharacterStringValue("t\u00e9xt" + random.nextInt(), random.nextBoolean() ? 0 : 5);
            case 8 -> bits(random);
            case 9 -> new EnumeratedValue(random.nextInt(Integer.MAX_VALUE));
            case 10 -> new DateValue(1900 + random.nextInt(255), 1 + random.nextInt(12), 1 + random.nextInt(31), 1);
            case 11 -> new TimeValue(random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(100));
            default -> new ObjectIdValue(new ObjectIdentifier(random.nextInt(1024), random.nextInt(0x400000)));
        };
    }

    private static byte[] bytes(Random random) {
        byte[] data = new byte[random.nextInt(300)];
        random.nextBytes(data);
        return data;
    }

    private static BitStringValue bits(Random random) {
        boolean[] bits = new boolean[random.nextInt(40)];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = random.nextBoolean();
        }
        return new BitStringValue(bits);
    }

    @Test
    void malformedValuesFailWithAReason() {
        assertThrows(DecodeException.class, () -> decode(hex("44 4290")), "truncated real");
        assertThrows(DecodeException.class, () -> decode(hex("43 429000")), "real of 3 octets");
        assertThrows(DecodeException.class, () -> decode(hex("D1 00")), "reserved application tag 13");
        assertThrows(DecodeException.class, () -> decode(hex("72 09 41")), "unknown character set");
        assertThrows(DecodeException.class, () -> decode(hex("3E 21 05 4F")), "mismatched closing tag");
        assertThrows(DecodeException.class, () -> decode(hex("82 08 FF")), "8 unused bits");
        assertThrows(DecodeException.class, () -> decode(hex("3E".repeat(40))), "deep nesting");
    }
}
