// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

/** Integers of 1 to 8 bytes from a payload, either byte order, two's complement when signed. */
final class Bytes {

    private Bytes() {}

    static long read(byte[] data, int offset, int length, boolean signed, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = data[littleEndian ? offset + length - 1 - i : offset + i] & 0xFF;
            value = (value << 8) | b;
        }
        if (signed && length < 8 && (value & (1L << (length * 8 - 1))) != 0) {
            value -= 1L << (length * 8);
        }
        return value;
    }
}
