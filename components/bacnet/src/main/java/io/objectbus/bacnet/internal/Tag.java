// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

/**
 * The tag of one encoded value (ASHRAE 135 clause 20.2.1): an initial octet with the tag number (bits 7..4), the
 * class (bit 3: 0 application, 1 context) and the length/value/type field (bits 2..0), then an extended tag number
 * (1 octet, when bits 7..4 are 1111) and an extended length (1, 3 or 5 octets, when the LVT is 5).
 *
 * @param number tag number 0..254
 * @param kind   application, context, opening or closing
 * @param length content length in octets; for an application Boolean, the value itself (0 or 1)
 */
public record Tag(int number, Kind kind, long length) {

    /** What the initial octet says about the content that follows. */
    public enum Kind {
        APPLICATION,
        CONTEXT,
        OPENING,
        CLOSING
    }

    public static Tag application(int number, long length) {
        return new Tag(number, Kind.APPLICATION, length);
    }

    public static Tag context(int number, long length) {
        return new Tag(number, Kind.CONTEXT, length);
    }

    public static Tag opening(int number) {
        return new Tag(number, Kind.OPENING, 0);
    }

    public static Tag closing(int number) {
        return new Tag(number, Kind.CLOSING, 0);
    }

    public boolean is(Kind expectedKind, int expectedNumber) {
        return kind == expectedKind && number == expectedNumber;
    }

    /** Encodes and decodes tag headers. */
    public static final class Serializer {
        private Serializer() {}

        public static void encode(ByteWriter out, Tag tag) {
            int initial = tag.kind == Kind.APPLICATION ? 0 : 0x08;
            initial |= (tag.number <= 14 ? tag.number : 0x0F) << 4;
            initial |= switch (tag.kind) {
                case OPENING -> 6;
                case CLOSING -> 7;
                default -> tag.length <= 4 ? (int) tag.length : 5;
            };
            out.u8(initial);
            if (tag.number > 14) {
                out.u8(tag.number);
            }
            if (tag.kind == Kind.APPLICATION || tag.kind == Kind.CONTEXT) {
                encodeExtendedLength(out, tag.length);
            }
        }

        private static void encodeExtendedLength(ByteWriter out, long length) {
            if (length <= 4) {
                return;
            } else if (length <= 253) {
                out.u8((int) length);
            } else if (length <= 65535) {
                out.u8(254).u16((int) length);
            } else {
                out.u8(255).u32(length);
            }
        }

        public static Tag decode(ByteReader in) {
            int initial = in.u8();
            int number = initial >>> 4;
            if (number == 0x0F) {
                number = in.u8();
                if (number == 255) {
                    throw new DecodeException("extended tag number 255 is reserved");
                }
            }
            boolean context = (initial & 0x08) != 0;
            int lvt = initial & 0x07;
            if (context && lvt == 6) {
                return opening(number);
            }
            if (context && lvt == 7) {
                return closing(number);
            }
            if (lvt > 5) {
                throw new DecodeException("application tag " + number + " with opening/closing LVT " + lvt);
            }
            long length = lvt == 5 ? decodeExtendedLength(in) : lvt;
            return new Tag(number, context ? Kind.CONTEXT : Kind.APPLICATION, length);
        }

        private static long decodeExtendedLength(ByteReader in) {
            int first = in.u8();
            return switch (first) {
                case 254 -> in.u16();
                case 255 -> in.u32();
                default -> first;
            };
        }
    }
}
