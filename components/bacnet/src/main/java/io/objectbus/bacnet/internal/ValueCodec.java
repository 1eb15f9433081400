// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.Constructed;
import io.objectbus.bacnet.model.BacnetValue.ContextValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes tagged values (clause 20.2): application-tagged primitives, context-tagged primitives and
 * constructed groups between opening and closing tags.
 */
public final class ValueCodec {
    /** Real productions nest a few levels; a bound keeps hostile input from exhausting the stack. */
    private static final int MAX_DEPTH = 16;

    private ValueCodec() {}

    /** Encodes one application-tagged value; context and constructed values keep their own tags. */
    public static void encode(ByteWriter out, BacnetValue value) {
        if (value instanceof ContextValue context) {
            Tag.Serializer.encode(out, Tag.context(context.tag(), context.data().length));
            out.bytes(context.data());
        } else if (value instanceof Constructed constructed) {
            Tag.Serializer.encode(out, Tag.opening(constructed.tag()));
            constructed.values().forEach(inner -> encode(out, inner));
            Tag.Serializer.encode(out, Tag.closing(constructed.tag()));
        } else {
            Primitives.encodeApplication(out, value);
        }
    }

    public static void encodeAll(ByteWriter out, List<BacnetValue> values) {
        values.forEach(value -> encode(out, value));
    }

    /** Decodes one value of any kind at the reader's position. */
    public static BacnetValue decode(ByteReader in) {
        return decode(in, 0);
    }

    private static BacnetValue decode(ByteReader in, int depth) {
        Tag tag = Tag.Serializer.decode(in);
        return switch (tag.kind()) {
            case APPLICATION -> Primitives.decodeApplication(in, tag);
            case CONTEXT -> new ContextValue(tag.number(), in.bytes(tag.length()));
            case OPENING -> new Constructed(tag.number(), decodeUntilClosing(in, tag.number(), depth + 1));
            case CLOSING -> throw new DecodeException("unexpected closing tag " + tag.number());
        };
    }

    /** Decodes values up to and including the closing tag {@code number}. */
    public static List<BacnetValue> decodeUntilClosing(ByteReader in, int number) {
        return decodeUntilClosing(in, number, 0);
    }

    private static List<BacnetValue> decodeUntilClosing(ByteReader in, int number, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DecodeException("constructed values nested deeper than " + MAX_DEPTH);
        }
        List<BacnetValue> values = new ArrayList<>();
        while (true) {
            int start = in.position();
            Tag tag = Tag.Serializer.decode(in);
            if (tag.kind() == Tag.Kind.CLOSING) {
                if (tag.number() != number) {
                    throw new DecodeException("closing tag " + tag.number() + " where " + number + " was open");
                }
                return values;
            }
            in.position(start);
            values.add(decode(in, depth));
        }
    }

    /** Decodes everything that remains as application-tagged values (e.g. the I-Am parameters). */
    public static List<BacnetValue> decodeRest(ByteReader in) {
        List<BacnetValue> values = new ArrayList<>();
        while (in.hasRemaining()) {
            values.add(decode(in));
        }
        return values;
    }

    /** Wraps values between opening and closing context tag {@code number}. */
    public static void encodeConstructed(ByteWriter out, int number, List<BacnetValue> values) {
        Tag.Serializer.encode(out, Tag.opening(number));
        encodeAll(out, values);
        Tag.Serializer.encode(out, Tag.closing(number));
    }

    /** Expects opening tag {@code number}, then decodes its content and the closing tag. */
    public static List<BacnetValue> decodeConstructed(ByteReader in, int number) {
        expect(in, Tag.Kind.OPENING, number);
        return decodeUntilClosing(in, number);
    }

    public static void expect(ByteReader in, Tag.Kind kind, int number) {
        int start = in.position();
        Tag tag = Tag.Serializer.decode(in);
        if (!tag.is(kind, number)) {
            throw new DecodeException("expected " + kind + " tag " + number + " at offset " + start + ", found "
                    + tag.kind() + " tag " + tag.number());
        }
    }

    /** True when the next tag is {@code kind} {@code number}; the position does not move. */
    public static boolean peekIs(ByteReader in, Tag.Kind kind, int number) {
        if (!in.hasRemaining()) {
            return false;
        }
        int start = in.position();
        try {
            return Tag.Serializer.decode(in).is(kind, number);
        } finally {
            in.position(start);
        }
    }

    // Context-tagged primitives (clause 20.2.1.3): the content is encoded as its application type would be.

    public static void writeUnsigned(ByteWriter out, int tag, long value) {
        int length = Primitives.unsignedLength(value);
        Tag.Serializer.encode(out, Tag.context(tag, length));
        out.number(value, length);
    }

    public static void writeBoolean(ByteWriter out, int tag, boolean value) {
        Tag.Serializer.encode(out, Tag.context(tag, 1));
        out.u8(value ? 1 : 0);
    }

    public static void writeObjectId(ByteWriter out, int tag, ObjectIdentifier id) {
        Tag.Serializer.encode(out, Tag.context(tag, 4));
        out.u32(id.toInt() & 0xFFFFFFFFL);
    }

    public static void writeCharacterString(ByteWriter out, int tag, String text) {
        byte[] content = Primitives.characterString(text, BacnetValue.CharacterStringValue.UTF_8);
        Tag.Serializer.encode(out, Tag.context(tag, content.length));
        out.bytes(content);
    }

    public static long readUnsigned(ByteReader in, int tag) {
        return in.unsigned((int) contextLength(in, tag));
    }

    public static boolean readBoolean(ByteReader in, int tag) {
        long length = contextLength(in, tag);
        if (length != 1) {
            throw new DecodeException("context boolean of length " + length);
        }
        return in.u8() != 0;
    }

    public static ObjectIdentifier readObjectId(ByteReader in, int tag) {
        long length = contextLength(in, tag);
        if (length != 4) {
            throw new DecodeException("object identifier of length " + length);
        }
        return ObjectIdentifier.fromInt((int) in.u32());
    }

    public static String readCharacterString(ByteReader in, int tag) {
        long length = contextLength(in, tag);
        return Primitives.decodeCharacterString(in, length).value();
    }

    private static long contextLength(ByteReader in, int tag) {
        int start = in.position();
        Tag found = Tag.Serializer.decode(in);
        if (!found.is(Tag.Kind.CONTEXT, tag)) {
            throw new DecodeException("expected context tag " + tag + " at offset " + start + ", found " + found.kind()
                    + " tag " + found.number());
        }
        return found.length();
    }
}
