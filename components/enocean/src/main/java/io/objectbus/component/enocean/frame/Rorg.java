// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/**
 * Radio ORGanisation numbers, the first byte of an ERP1 telegram (EnOcean Equipment Profiles 2.6, clause 1.3 and
 * ESP3 clause 2.1). Telegrams with any other RORG are passed through unchanged.
 */
public final class Rorg {

    /** Repeated Switch Communication, 1 data byte. */
    public static final int RPS = 0xF6;
    /** 1 Byte Communication, 1 data byte. */
    public static final int BS1 = 0xD5;
    /** 4 Byte Communication, 4 data bytes (DB3..DB0). */
    public static final int BS4 = 0xA5;
    /** Variable Length Data, 1 to 14 data bytes. */
    public static final int VLD = 0xD2;
    /** Universal Teach-in with EEP, 7 data bytes. */
    public static final int UTE = 0xD4;
    /** Manufacturer specific communication. */
    public static final int MSC = 0xD1;
    /** Addressing destination telegram (wraps another telegram with a destination ID). */
    public static final int ADT = 0xA6;
    /** Signal telegram. */
    public static final int SIGNAL = 0xD0;
    /** Secure telegram. */
    public static final int SEC = 0x30;
    /** Secure telegram with encapsulation. */
    public static final int SEC_ENCAPS = 0x31;

    private Rorg() {}

    /** A short name for logs: RPS, 1BS, 4BS, VLD, UTE, ... or the hex code. */
    public static String name(int rorg) {
        return switch (rorg) {
            case RPS -> "RPS";
            case BS1 -> "1BS";
            case BS4 -> "4BS";
            case VLD -> "VLD";
            case UTE -> "UTE";
            case MSC -> "MSC";
            case ADT -> "ADT";
            case SIGNAL -> "SIGNAL";
            case SEC -> "SEC";
            case SEC_ENCAPS -> "SEC_ENCAPS";
            default -> String.format("%02X", rorg);
        };
    }
}
