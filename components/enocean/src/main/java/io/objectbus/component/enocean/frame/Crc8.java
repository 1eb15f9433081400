// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/**
 * The CRC8 of ESP3 (EnOcean Serial Protocol 3, clause 1.6.1): polynomial x^8 + x^2 + x + 1 (0x07), initial value 0,
 * no reflection, no final XOR. It guards the 4 header bytes (CRC8H) and the data plus optional data (CRC8D).
 */
public final class Crc8 {

    private static final int[] TABLE = buildTable();

    private Crc8() {}

    /** The CRC8 of {@code length} bytes of {@code bytes} from {@code offset}, in 0..255. */
    public static int of(byte[] bytes, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc = TABLE[(crc ^ bytes[i]) & 0xFF];
        }
        return crc;
    }

    /** The CRC8 of several byte arrays taken one after the other, as CRC8D covers data then optional data. */
    public static int of(byte[]... parts) {
        int crc = 0;
        for (byte[] part : parts) {
            for (byte b : part) {
                crc = TABLE[(crc ^ b) & 0xFF];
            }
        }
        return crc;
    }

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
            table[i] = crc;
        }
        return table;
    }
}
