// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

/**
 * Bit fields as the EEP tables number them (EEP 2.6, clause 1.5): offset 0 is the most significant bit of the first
 * data byte (DB3.7 of a 4BS telegram, DB0.7 of a 1BS or RPS one), sizes count towards the least significant bit.
 */
public final class Bits {

    private Bits() {}

    /** The unsigned value of {@code size} bits (1..32) at {@code offset}. */
    public static long get(byte[] data, int offset, int size) {
        check(data, offset, size);
        long value = 0;
        for (int i = offset; i < offset + size; i++) {
            value = (value << 1) | ((data[i >> 3] >> (7 - (i & 7))) & 1);
        }
        return value;
    }

    /** Writes the low {@code size} bits of {@code value} at {@code offset}. */
    public static void set(byte[] data, int offset, int size, long value) {
        check(data, offset, size);
        for (int i = 0; i < size; i++) {
            int bit = offset + size - 1 - i;
            int mask = 1 << (7 - (bit & 7));
            if (((value >> i) & 1) != 0) {
                data[bit >> 3] |= (byte) mask;
            } else {
                data[bit >> 3] &= (byte) ~mask;
            }
        }
    }

    private static void check(byte[] data, int offset, int size) {
        if (offset < 0 || size < 1 || size > 32 || offset + size > data.length * 8) {
            throw new IllegalArgumentException(
                    "bit field " + offset + "+" + size + " outside " + data.length + " data bytes");
        }
    }
}
