// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A Join-Request (LoRaWAN 1.0.2, 6.2.4): MHDR (1) | AppEUI (8) | DevEUI (8) | DevNonce (2) | MIC (4), 23 bytes.
 *
 * @param appEui   the join (application) EUI
 * @param devEui   the device EUI
 * @param devNonce the device's 16-bit nonce
 * @param mic      cmac(AppKey, MHDR | AppEUI | DevEUI | DevNonce), 4 bytes
 */
public record JoinRequest(long appEui, long devEui, int devNonce, byte[] mic) {

    public static final int LENGTH = 23;

    /** The 19 bytes the MIC covers. */
    public byte[] micInput() {
        return Arrays.copyOf(Serializer.encode(this), LENGTH - 4);
    }

    public JoinRequest withMic(byte[] newMic) {
        return new JoinRequest(appEui, devEui, devNonce, newMic);
    }

    /** Reads and writes Join-Requests. */
    public static final class Serializer {

        private Serializer() {}

        public static JoinRequest decode(byte[] phy) throws FrameException {
            if (phy.length != LENGTH || MType.of(phy[0]) != MType.JOIN_REQUEST) {
                throw new FrameException("not a Join-Request of 23 bytes (" + phy.length + " bytes)");
            }
            ByteBuffer b = ByteBuffer.wrap(phy, 1, LENGTH - 1).order(ByteOrder.LITTLE_ENDIAN);
            long appEui = b.getLong();
            long devEui = b.getLong();
            int devNonce = b.getShort() & 0xFFFF;
            return new JoinRequest(appEui, devEui, devNonce, Arrays.copyOfRange(phy, LENGTH - 4, LENGTH));
        }

        public static byte[] encode(JoinRequest r) {
            ByteBuffer b = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) MType.JOIN_REQUEST.mhdr()).putLong(r.appEui).putLong(r.devEui);
            b.putShort((short) r.devNonce).put(r.mic.length == 4 ? r.mic : new byte[4]);
            return b.array();
        }
    }
}
