// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import io.objectbus.component.lorawan.crypto.Aes;
import io.objectbus.component.lorawan.crypto.LorawanCrypto;
import java.util.Arrays;

/** Seals and opens data frames with a session's keys: the FRMPayload encryption and the MIC of LoRaWAN 1.0.x. */
public final class DataFrames {

    private DataFrames() {}

    /**
     * A complete data frame: the clear payload encrypted (with NwkSKey on FPort 0, else AppSKey) and the MIC set.
     *
     * @param dir {@link LorawanCrypto#UPLINK} or {@link LorawanCrypto#DOWNLINK}
     */
    public static byte[] seal(
            MType type, int devAddr, int fCtrl, long fCnt, int fPort, byte[] clear, byte[] nwkSKey, byte[] appSKey) {
        int dir = type.isDataUp() ? LorawanCrypto.UPLINK : LorawanCrypto.DOWNLINK;
        byte[] key = fPort == 0 ? nwkSKey : appSKey;
        byte[] payload = fPort < 0 ? new byte[0] : LorawanCrypto.payload(key, dir, devAddr, fCnt, clear);
        DataFrame frame =
                new DataFrame(type, devAddr, fCtrl, (int) (fCnt & 0xFFFF), new byte[0], fPort, payload, new byte[4]);
        byte[] mic = LorawanCrypto.dataMic(nwkSKey, dir, devAddr, fCnt, frame.micInput());
        return DataFrame.Serializer.encode(frame.withMic(mic));
    }

    /** Whether the frame's MIC is right for the full counter fCnt. */
    public static boolean micMatches(DataFrame frame, long fCnt, byte[] nwkSKey) {
        return micMatches(frame, fCnt, Aes.of(nwkSKey));
    }

    /** The same with the session's cipher for NwkSKey. */
    public static boolean micMatches(DataFrame frame, long fCnt, Aes nwkSKey) {
        int dir = frame.mType().isDataUp() ? LorawanCrypto.UPLINK : LorawanCrypto.DOWNLINK;
        byte[] mic = LorawanCrypto.dataMic(nwkSKey, dir, frame.devAddr(), fCnt, frame.micInput());
        return Arrays.equals(mic, frame.mic());
    }

    /** The clear FRMPayload of a frame whose MIC was checked. */
    public static byte[] open(DataFrame frame, long fCnt, byte[] nwkSKey, byte[] appSKey) {
        return open(frame, fCnt, Aes.of(nwkSKey), Aes.of(appSKey));
    }

    /** The same with the session's ciphers. */
    public static byte[] open(DataFrame frame, long fCnt, Aes nwkSKey, Aes appSKey) {
        int dir = frame.mType().isDataUp() ? LorawanCrypto.UPLINK : LorawanCrypto.DOWNLINK;
        Aes key = frame.fPort() == 0 ? nwkSKey : appSKey;
        return LorawanCrypto.payload(key, dir, frame.devAddr(), fCnt, frame.payload());
    }
}
