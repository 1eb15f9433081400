// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

/** The message type, the top three bits of the MHDR (LoRaWAN 1.0.2, 4.2.1). */
public enum MType {
    JOIN_REQUEST,
    JOIN_ACCEPT,
    UNCONFIRMED_DATA_UP,
    UNCONFIRMED_DATA_DOWN,
    CONFIRMED_DATA_UP,
    CONFIRMED_DATA_DOWN,
    RFU,
    PROPRIETARY;

    /** The message type of an MHDR byte. */
    public static MType of(int mhdr) {
        return values()[(mhdr & 0xFF) >>> 5];
    }

    /** The MHDR of this type with Major LoRaWAN R1 (0). */
    public int mhdr() {
        return ordinal() << 5;
    }

    public boolean isDataUp() {
        return this == UNCONFIRMED_DATA_UP || this == CONFIRMED_DATA_UP;
    }

    public boolean isDataDown() {
        return this == UNCONFIRMED_DATA_DOWN || this == CONFIRMED_DATA_DOWN;
    }
}
