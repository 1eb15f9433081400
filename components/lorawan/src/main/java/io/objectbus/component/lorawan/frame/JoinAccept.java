// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import io.objectbus.component.lorawan.crypto.Aes;
import io.objectbus.component.lorawan.crypto.LorawanCrypto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A Join-Accept (LoRaWAN 1.0.2, 6.2.5): MHDR (1) | AppNonce (3) | NetID (3) | DevAddr (4) | DLSettings (1) |
 * RxDelay (1) | [CFList (16)] | MIC (4), everything after the MHDR encrypted with aes128_decrypt(AppKey, ...) so that
 * the device only needs AES encryption.
 *
 * @param appNonce   the network's 24-bit nonce
 * @param netId      the 24-bit network identifier
 * @param devAddr    the address the device is given
 * @param dlSettings RX1DRoffset (bits 6..4) and RX2 data rate (bits 3..0)
 * @param rxDelay    the RX1 delay in seconds (0 means 1)
 * @param cfList     16 bytes of extra channels, or empty
 */
public record JoinAccept(int appNonce, int netId, int devAddr, int dlSettings, int rxDelay, byte[] cfList) {

    /** Reads (decrypts) and writes (encrypts) Join-Accepts. */
    public static final class Serializer {

        private Serializer() {}

        /** The encrypted PHYPayload sent to the device. */
        public static byte[] encode(JoinAccept a, byte[] appKey) {
            byte[] clear = clear(a);
            byte[] mic = LorawanCrypto.joinMic(appKey, clear);
            byte[] body = new byte[clear.length - 1 + 4];
            System.arraycopy(clear, 1, body, 0, clear.length - 1);
            System.arraycopy(mic, 0, body, clear.length - 1, 4);
            byte[] out = new byte[1 + body.length];
            out[0] = clear[0];
            System.arraycopy(Aes.of(appKey).decrypt(body), 0, out, 1, body.length);
            return out;
        }

        /** Decrypts and checks a Join-Accept as a device does. */
        public static JoinAccept decode(byte[] phy, byte[] appKey) throws FrameException {
            if ((phy.length != 17 && phy.length != 33) || MType.of(phy[0]) != MType.JOIN_ACCEPT) {
                throw new FrameException("not a Join-Accept of 17 or 33 bytes (" + phy.length + " bytes)");
            }
            byte[] body = Aes.of(appKey).encrypt(Arrays.copyOfRange(phy, 1, phy.length));
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            JoinAccept a = new JoinAccept(
                    uint24(b), uint24(b), b.getInt(), b.get() & 0xFF, b.get() & 0xFF, cfList(b, body.length));
            byte[] mic = Arrays.copyOfRange(body, body.length - 4, body.length);
            if (!Arrays.equals(mic, LorawanCrypto.joinMic(appKey, clear(a)))) {
                throw new FrameException("Join-Accept MIC does not match");
            }
            return a;
        }

        private static byte[] clear(JoinAccept a) {
            ByteBuffer b = ByteBuffer.allocate(13 + a.cfList.length).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) MType.JOIN_ACCEPT.mhdr());
            putUint24(b, a.appNonce);
            putUint24(b, a.netId);
            b.putInt(a.devAddr).put((byte) a.dlSettings).put((byte) a.rxDelay).put(a.cfList);
            return b.array();
        }

        private static byte[] cfList(ByteBuffer b, int length) {
            byte[] cf = new byte[length == 32 ? 16 : 0];
            b.get(cf);
            return cf;
        }

        private static int uint24(ByteBuffer b) {
            return (b.get() & 0xFF) | (b.get() & 0xFF) << 8 | (b.get() & 0xFF) << 16;
        }

        private static void putUint24(ByteBuffer b, int value) {
            b.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
        }
    }
}
