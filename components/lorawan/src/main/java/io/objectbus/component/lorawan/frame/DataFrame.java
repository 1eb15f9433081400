// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A data frame PHYPayload (LoRaWAN 1.0.2, 4.3): MHDR (1) | DevAddr (4) | FCtrl (1) | FCnt (2, the low 16 bits) |
 * FOpts (0..15) | [FPort (1) | FRMPayload (N)] | MIC (4). The FRMPayload stays as on the air (encrypted); fPort is -1
 * when the frame has none.
 *
 * @param mType    one of the four data message types
 * @param devAddr  the device address
 * @param fCtrl    the frame control byte (ADR 0x80, ADRACKReq 0x40 up, ACK 0x20, FPending 0x10 down, FOptsLen 0x0F)
 * @param fCnt16   the transmitted 16 bits of the frame counter
 * @param fOpts    MAC commands piggy-backed in the header
 * @param fPort    0..255, or -1 without a payload
 * @param payload  the FRMPayload as transmitted
 * @param mic      the 4-byte message integrity code
 */
public record DataFrame(
        MType mType, int devAddr, int fCtrl, int fCnt16, byte[] fOpts, int fPort, byte[] payload, byte[] mic) {

    public static final int ACK = 0x20;
    public static final int FPENDING = 0x10;
    public static final int ADR = 0x80;

    public boolean ack() {
        return (fCtrl & ACK) != 0;
    }

    public boolean confirmed() {
        return mType == MType.CONFIRMED_DATA_UP || mType == MType.CONFIRMED_DATA_DOWN;
    }

    /** The bytes the MIC covers: everything but the MIC. */
    public byte[] micInput() {
        byte[] all = Serializer.encode(this);
        return Arrays.copyOf(all, all.length - 4);
    }

    /** A copy with another MIC (frames are built with an empty MIC, which is then computed over them). */
    public DataFrame withMic(byte[] newMic) {
        return new DataFrame(mType, devAddr, fCtrl, fCnt16, fOpts, fPort, payload, newMic);
    }

    /** Reads and writes data frames. */
    public static final class Serializer {

        private static final int MIN_LENGTH = 12;

        private Serializer() {}

        public static DataFrame decode(byte[] phy) throws FrameException {
            if (phy.length < MIN_LENGTH) {
                throw new FrameException("data frame of " + phy.length + " bytes, at least 12 expected");
            }
            MType type = MType.of(phy[0]);
            if (!type.isDataUp() && !type.isDataDown()) {
                throw new FrameException("not a data frame: " + type);
            }
            ByteBuffer b = ByteBuffer.wrap(phy, 1, phy.length - 1).order(ByteOrder.LITTLE_ENDIAN);
            int devAddr = b.getInt();
            int fCtrl = b.get() & 0xFF;
            int fCnt = b.getShort() & 0xFFFF;
            int fOptsLen = fCtrl & 0x0F;
            if (8 + fOptsLen + 4 > phy.length) {
                throw new FrameException(
                        "FOptsLen " + fOptsLen + " runs past the end of a " + phy.length + "-byte frame");
            }
            byte[] fOpts = Arrays.copyOfRange(phy, 8, 8 + fOptsLen);
            int rest = 8 + fOptsLen;
            int fPort = rest < phy.length - 4 ? phy[rest] & 0xFF : -1;
            byte[] payload = fPort < 0 ? new byte[0] : Arrays.copyOfRange(phy, rest + 1, phy.length - 4);
            byte[] mic = Arrays.copyOfRange(phy, phy.length - 4, phy.length);
            return new DataFrame(type, devAddr, fCtrl, fCnt, fOpts, fPort, payload, mic);
        }

        public static byte[] encode(DataFrame f) {
            int length = 8 + f.fOpts.length + (f.fPort < 0 ? 0 : 1 + f.payload.length) + 4;
            ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) f.mType.mhdr()).putInt(f.devAddr);
            b.put((byte) ((f.fCtrl & 0xF0) | f.fOpts.length))
                    .putShort((short) f.fCnt16)
                    .put(f.fOpts);
            if (f.fPort >= 0) {
                b.put((byte) f.fPort).put(f.payload);
            }
            b.put(f.mic.length == 4 ? f.mic : new byte[4]);
            return b.array();
        }
    }
}
