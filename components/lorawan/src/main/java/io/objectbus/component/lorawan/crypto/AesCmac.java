// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.crypto;

/** AES-CMAC (RFC 4493) on the JDK's AES: the MIC of every LoRaWAN 1.0.x frame is its first four bytes. */
public final class AesCmac {

    private static final int BLOCK = 16;
    private static final int RB = 0x87;

    private AesCmac() {}

    /** The 16-byte CMAC of message under a 16-byte key. */
    public static byte[] mac(byte[] key, byte[] message) {
        return mac(Aes.of(key), message);
    }

    /** The 16-byte CMAC of message under the key of a cipher kept for it. */
    public static byte[] mac(Aes aes, byte[] message) {
        byte[] l = aes.encrypt(new byte[BLOCK]);
        byte[] k1 = subkey(l);
        int blocks = Math.max(1, (message.length + BLOCK - 1) / BLOCK);
        boolean complete = message.length > 0 && message.length % BLOCK == 0;
        byte[] last = lastBlock(message, blocks, complete ? k1 : subkey(k1), complete);
        byte[] x = new byte[BLOCK];
        for (int i = 0; i < blocks - 1; i++) {
            xorInto(x, message, i * BLOCK);
            x = aes.encrypt(x);
        }
        xorInto(x, last, 0);
        return aes.encrypt(x);
    }

    private static byte[] lastBlock(byte[] message, int blocks, byte[] subkey, boolean complete) {
        byte[] last = new byte[BLOCK];
        int from = (blocks - 1) * BLOCK;
        int length = message.length - from;
        System.arraycopy(message, from, last, 0, length);
        if (!complete) {
            last[length] = (byte) 0x80;
        }
        xorInto(last, subkey, 0);
        return last;
    }

    private static byte[] subkey(byte[] in) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            int next = i + 1 < BLOCK ? (in[i + 1] & 0xFF) >>> 7 : 0;
            out[i] = (byte) ((in[i] << 1) | next);
        }
        if ((in[0] & 0x80) != 0) {
            out[BLOCK - 1] ^= (byte) RB;
        }
        return out;
    }

    private static void xorInto(byte[] target, byte[] source, int offset) {
        for (int i = 0; i < BLOCK; i++) {
            target[i] ^= source[offset + i];
        }
    }
}
