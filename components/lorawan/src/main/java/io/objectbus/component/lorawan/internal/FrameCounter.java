// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

/**
 * The 32-bit frame counter from its 16 transmitted bits (LoRaWAN 1.0.2, 4.3.1.5): the counter nearest above the last
 * one seen. A value not above it within MAX_FCNT_GAP is a replay (or a device that was reset) and is refused.
 */
public final class FrameCounter {

    /** MAX_FCNT_GAP of the LoRaWAN 1.0.x regional parameters. */
    public static final long MAX_GAP = 16384;

    private FrameCounter() {}

    /** The full counter for f16 after last (-1 before the first frame), or -1 if it is a replay or too far ahead. */
    public static long next(long last, int f16) {
        if (last < 0) {
            return f16;
        }
        long candidate = (last & ~0xFFFFL) | (f16 & 0xFFFF);
        if (candidate <= last) {
            candidate += 0x10000;
        }
        return candidate - last <= MAX_GAP && candidate <= 0xFFFFFFFFL ? candidate : -1;
    }
}
