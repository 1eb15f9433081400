// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import java.util.Arrays;

/** A bounds-checked cursor over received octets; every overrun is a {@link DecodeException}, never an index error. */
public final class ByteReader {
    private final byte[] data;
    private final int limit;
    private int position;

    public ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    public ByteReader(byte[] data, int offset, int limit) {
        this.data = data;
        this.position = offset;
        this.limit = limit;
    }

    public int position() {
        return position;
    }

    public void position(int newPosition) {
        if (newPosition < 0 || newPosition > limit) {
            throw new DecodeException("position " + newPosition + " outside 0.." + limit);
        }
        position = newPosition;
    }

    public int remaining() {
        return limit - position;
    }

    public boolean hasRemaining() {
        return position < limit;
    }

    public int peek() {
        need(1);
        return data[position] & 0xFF;
    }

    public int u8() {
        need(1);
        return data[position++] & 0xFF;
    }

    public int u16() {
        return (u8() << 8) | u8();
    }

    public long u32() {
        return ((long) u16() << 16) | u16();
    }

    /** An unsigned big-endian number of 1..8 octets (clause 20.2.4). */
    public long unsigned(int length) {
        if (length < 1 || length > 8) {
            throw new DecodeException("unsigned length " + length + " not in 1..8");
        }
        need(length);
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | u8();
        }
        if (value < 0) {
            throw new DecodeException("unsigned value above 2^63");
        }
        return value;
    }

    /** A two's complement big-endian number of 1..8 octets (clause 20.2.5). */
    public long signed(int length) {
        if (length < 1 || length > 8) {
            throw new DecodeException("signed length " + length + " not in 1..8");
        }
        need(length);
        long value = (byte) u8();
        for (int i = 1; i < length; i++) {
            value = (value << 8) | u8();
        }
        return value;
    }

    public byte[] bytes(long length) {
        need(length);
        byte[] out = Arrays.copyOfRange(data, position, position + (int) length);
        position += (int) length;
        return out;
    }

    public byte[] rest() {
        return bytes(remaining());
    }

    public void need(long length) {
        if (length < 0 || length > remaining()) {
            throw new DecodeException(
                    "truncated: " + length + " octets needed at offset " + position + ", " + remaining() + " left");
        }
    }
}
