// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.crypto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The security functions of LoRaWAN 1.0.x (LoRaWAN Specification v1.0.2, 4.3.3 and 4.4, 6.2.5 and 6.2.6): the data
 * frame MIC over block B0, the FRMPayload keystream over blocks A_i, the Join MICs, the Join-Accept encryption and the
 * session key derivation. Multi-byte fields go in little-endian as on the air.
 */
public final class LorawanCrypto {

    /** Dir of B0 and A_i: 0 for uplink frames, 1 for downlink. */
    public static final int UPLINK = 0;

    public static final int DOWNLINK = 1;

    private LorawanCrypto() {}

    /** The 4-byte MIC of a data frame: cmac(NwkSKey, B0 | MHDR..FRMPayload) (4.4). */
    public static byte[] dataMic(byte[] nwkSKey, int dir, int devAddr, long fCnt, byte[] msg) {
        return dataMic(Aes.of(nwkSKey), dir, devAddr, fCnt, msg);
    }

    /** The same with the session's cipher for NwkSKey. */
    public static byte[] dataMic(Aes nwkSKey, int dir, int devAddr, long fCnt, byte[] msg) {
        byte[] b0 = block(0x49, dir, devAddr, fCnt, msg.length);
        byte[] input = new byte[16 + msg.length];
        System.arraycopy(b0, 0, input, 0, 16);
        System.arraycopy(msg, 0, input, 16, msg.length);
        return Arrays.copyOf(AesCmac.mac(nwkSKey, input), 4);
    }

    /** Encrypts or decrypts an FRMPayload: XOR with AES(key, A_i), i from 1 (4.3.3). */
    public static byte[] payload(byte[] key, int dir, int devAddr, long fCnt, byte[] data) {
        return payload(Aes.of(key), dir, devAddr, fCnt, data);
    }

    /** The same with the session's cipher for the key. */
    public static byte[] payload(Aes aes, int dir, int devAddr, long fCnt, byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i += 16) {
            byte[] s = aes.encrypt(block(0x01, dir, devAddr, fCnt, i / 16 + 1));
            for (int j = i; j < Math.min(data.length, i + 16); j++) {
                out[j] = (byte) (data[j] ^ s[j - i]);
            }
        }
        return out;
    }

    /** The 4-byte MIC of a Join-Request or of a clear Join-Accept: cmac(AppKey, msg) (6.2.4, 6.2.5). */
    public static byte[] joinMic(byte[] appKey, byte[] msg) {
        return Arrays.copyOf(AesCmac.mac(appKey, msg), 4);
    }

    /** NwkSKey (prefix 1) or AppSKey (prefix 2): aes128_encrypt(AppKey, prefix | AppNonce | NetID | DevNonce | pad16). */
    public static byte[] sessionKey(byte[] appKey, int prefix, int appNonce, int netId, int devNonce) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) prefix);
        putUint24(b, appNonce);
        putUint24(b, netId);
        b.putShort((short) devNonce);
        return Aes.of(appKey).encrypt(b.array());
    }

    private static byte[] block(int first, int dir, int devAddr, long fCnt, int last) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) first).putInt(0).put((byte) dir).putInt(devAddr).putInt((int) fCnt);
        b.put((byte) 0).put((byte) last);
        return b.array();
    }

    static void putUint24(ByteBuffer b, int value) {
        b.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
    }
}
