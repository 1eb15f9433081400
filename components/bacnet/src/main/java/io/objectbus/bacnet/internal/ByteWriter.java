// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import java.util.Arrays;

/** A growable big-endian octet buffer for encoding frames. */
public final class ByteWriter {
    private byte[] buffer = new byte[64];
    private int size;

    public ByteWriter u8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public ByteWriter u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    public ByteWriter u32(long value) {
        return u16((int) (value >>> 16)).u16((int) value);
    }

    public ByteWriter bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, buffer, size, data.length);
        size += data.length;
        return this;
    }

    /** Writes the lowest {@code length} octets of {@code value}, most significant first. */
    public ByteWriter number(long value, int length) {
        for (int i = length - 1; i >= 0; i--) {
            u8((int) (value >>> (8 * i)));
        }
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
