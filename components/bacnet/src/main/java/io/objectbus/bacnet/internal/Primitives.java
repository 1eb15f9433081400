// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.BooleanValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
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
import java.nio.charset.StandardCharsets;

/** The contents of the application-tagged primitives, clause 20.2.2 (Null) to 20.2.14 (Object Identifier). */
final class Primitives {
    private Primitives() {}

    static void encodeApplication(ByteWriter out, BacnetValue value) {
        if (value instanceof NullValue) {
            Tag.Serializer.encode(out, Tag.application(0, 0));
        } else if (value instanceof BooleanValue b) {
            Tag.Serializer.encode(out, Tag.application(1, b.value() ? 1 : 0));
        } else if (value instanceof UnsignedValue u) {
            number(out, 2, u.value(), unsignedLength(u.value()));
        } else if (value instanceof SignedValue s) {
            number(out, 3, s.value(), signedLength(s.value()));
        } else if (value instanceof RealValue r) {
            number(out, 4, Float.floatToIntBits(r.value()) & 0xFFFFFFFFL, 4);
        } else if (value instanceof DoubleValue d) {
            number(out, 5, Double.doubleToLongBits(d.value()), 8);
        } else if (value instanceof EnumeratedValue e) {
            number(out, 9, e.value(), unsignedLength(e.value()));
        } else if (value instanceof ObjectIdValue o) {
            number(out, 12, o.id().toInt() & 0xFFFFFFFFL, 4);
        } else {
            encodeOctets(out, value);
        }
    }

    private static void encodeOctets(ByteWriter out, BacnetValue value) {
        if (value instanceof OctetStringValue o) {
            content(out, 6, o.value());
        } else if (value instanceof CharacterStringValue c) {
            content(out, 7, characterString(c.value(), c.charset()));
        } else if (value instanceof BitStringValue b) {
            content(out, 8, bitString(b.bits()));
        } else if (value instanceof DateValue d) {
            content(out, 10, new byte[] {yearOctet(d.year()), (byte) d.month(), (byte) d.day(), (byte) d.dayOfWeek()});
        } else if (value instanceof TimeValue t) {
            content(out, 11, new byte[] {(byte) t.hour(), (byte) t.minute(), (byte) t.second(), (byte) t.hundredths()});
        } else {
            throw new IllegalArgumentException("not an application value: " + value);
        }
    }

    static BacnetValue decodeApplication(ByteReader in, Tag tag) {
        int length = checkedLength(in, tag);
        return switch (tag.number()) {
            case 0 -> NullValue.INSTANCE;
            case 1 -> new BooleanValue(booleanOf(tag.length()));
            case 2 -> new UnsignedValue(in.unsigned(length));
            case 3 -> new SignedValue(in.signed(length));
            case 4 -> new RealValue(Float.intBitsToFloat((int) fixed(in, length, 4)));
            case 5 -> new DoubleValue(Double.longBitsToDouble(fixed(in, length, 8)));
            case 6 -> new OctetStringValue(in.bytes(length));
            case 7 -> decodeCharacterString(in, length);
            case 8 -> decodeBitString(in, length);
            case 9 -> new EnumeratedValue(in.unsigned(length));
            case 10 -> decodeDate(in, length);
            case 11 -> decodeTime(in, length);
            case 12 -> new ObjectIdValue(ObjectIdentifier.fromInt((int) fixed(in, length, 4)));
            default -> throw new DecodeException("reserved application tag " + tag.number());
        };
    }

    private static int checkedLength(ByteReader in, Tag tag) {
        if (tag.number() == 1) {
            return 0;
        }
        in.need(tag.length());
        return (int) tag.length();
    }

    private static boolean booleanOf(long lvt) {
        if (lvt > 1) {
            throw new DecodeException("application boolean with value " + lvt);
        }
        return lvt == 1;
    }

    private static long fixed(ByteReader in, int length, int expected) {
        if (length != expected) {
            throw new DecodeException("expected " + expected + " octets, tag says " + length);
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | in.u8();
        }
        return value;
    }

    static int unsignedLength(long value) {
        int length = 1;
        while (length < 8 && (value >>> (8 * length)) != 0) {
            length++;
        }
        return length;
    }

    static int signedLength(long value) {
        int length = 1;
        while (length < 8 && (value < -(1L << (8 * length - 1)) || value >= (1L << (8 * length - 1)))) {
            length++;
        }
        return length;
    }

    private static void number(ByteWriter out, int tag, long value, int length) {
        Tag.Serializer.encode(out, Tag.application(tag, length));
        out.number(value, length);
    }

    private static void content(ByteWriter out, int tag, byte[] content) {
        Tag.Serializer.encode(out, Tag.application(tag, content.length));
        out.bytes(content);
    }

    static byte[] characterString(String text, int charset) {
        byte[] encoded =
                switch (charset) {
                    case CharacterStringValue.UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
                    case CharacterStringValue.ISO_8859_1 -> text.getBytes(StandardCharsets.ISO_8859_1);
                    default -> throw new IllegalArgumentException("unsupported character set " + charset);
                };
        byte[] content = new byte[encoded.length + 1];
        content[0] = (byte) charset;
        System.arraycopy(encoded, 0, content, 1, encoded.length);
        return content;
    }

    static CharacterStringValue decodeCharacterString(ByteReader in, long length) {
        if (length < 1) {
            throw new DecodeException("character string without a character set octet");
        }
        int charset = in.u8();
        byte[] text = in.bytes(length - 1);
        return switch (charset) {
            case CharacterStringValue.UTF_8 ->
                new CharacterStringValue(new String(text, StandardCharsets.UTF_8), charset);
            case CharacterStringValue.ISO_8859_1 ->
                new CharacterStringValue(new String(text, StandardCharsets.ISO_8859_1), charset);
            default -> throw new DecodeException("unsupported character set " + charset);
        };
    }

    private static byte[] bitString(boolean[] bits) {
        int octets = (bits.length + 7) / 8;
        byte[] content = new byte[octets + 1];
        content[0] = (byte) (octets * 8 - bits.length);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                content[1 + i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        return content;
    }

    private static BitStringValue decodeBitString(ByteReader in, int length) {
        if (length < 1) {
            throw new DecodeException("bit string without the unused-bits octet");
        }
        int unused = in.u8();
        if (unused > 7 || (length == 1 && unused != 0)) {
            throw new DecodeException("bit string with " + unused + " unused bits in " + (length - 1) + " octets");
        }
        byte[] octets = in.bytes(length - 1);
        boolean[] bits = new boolean[octets.length * 8 - unused];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (octets[i / 8] & (0x80 >>> (i % 8))) != 0;
        }
        return new BitStringValue(bits);
    }

    private static byte yearOctet(int year) {
        return (byte) (year == 255 ? 255 : year - 1900);
    }

    private static DateValue decodeDate(ByteReader in, int length) {
        fixedLength(length, "date");
        int year = in.u8();
        return new DateValue(year == 255 ? 255 : 1900 + year, in.u8(), in.u8(), in.u8());
    }

    private static TimeValue decodeTime(ByteReader in, int length) {
        fixedLength(length, "time");
        return new TimeValue(in.u8(), in.u8(), in.u8(), in.u8());
    }

    private static void fixedLength(int length, String what) {
        if (length != 4) {
            throw new DecodeException(what + " of " + length + " octets, expected 4");
        }
    }
}
