// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.FrameException;
import java.util.HexFormat;

/** Test vectors as printed: hex pairs separated by spaces. */
final class Vectors {

    private Vectors() {}

    static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /** The telegram in a whole ESP3 frame. */
    static Erp1Telegram telegram(String frame) {
        try {
            return Erp1Telegram.Serializer.decode(Esp3Packet.Serializer.decode(bytes(frame)));
        } catch (FrameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EepProfile profile(String eep) {
        return EepRegistry.standard().find(eep).orElseThrow();
    }

    static EepResult decode(String eep, String data) {
        return profile(eep).decode(bytes(data), 0);
    }
}
