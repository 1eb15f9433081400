// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.gwmp;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.lorawan.frame.FrameException;
import java.util.Base64;

/**
 * One received radio packet of a PUSH_DATA ({@code rxpk} array element, PROTOCOL.TXT 4): where and how it was heard
 * and its PHYPayload.
 *
 * @param tmst      the gateway's internal microsecond counter at reception (32 bits, wraps); downlinks are timed on it
 * @param time      UTC time of reception (ISO 8601) if the gateway knows it, else null
 * @param frequency centre frequency, MHz
 * @param channel   concentrator IF channel
 * @param rfChain   concentrator RF chain
 * @param crcStatus 1 CRC good, -1 CRC bad, 0 no CRC
 * @param dataRate  LoRa "SF7BW125" or FSK bits per second
 * @param codingRate LoRa ECC coding rate, "4/5"
 * @param rssi      received signal strength, dBm
 * @param snr       LoRa signal to noise ratio, dB
 * @param phy       the PHYPayload
 */
public record Rxpk(
        long tmst,
        String time,
        double frequency,
        int channel,
        int rfChain,
        int crcStatus,
        String dataRate,
        String codingRate,
        int rssi,
        double snr,
        byte[] phy) {

    /** Reads one element of a PUSH_DATA's rxpk array. */
    public static Rxpk of(JsonNode n) throws FrameException {
        if (!n.path("data").isTextual()) {
            throw new FrameException("rxpk without data");
        }
        byte[] phy;
        try {
            phy = Base64.getDecoder().decode(n.path("data").asText());
        } catch (IllegalArgumentException e) {
            throw new FrameException("rxpk data is not Base64: " + e.getMessage());
        }
        return new Rxpk(
                n.path("tmst").asLong(),
                n.hasNonNull("time") ? n.path("time").asText() : null,
                n.path("freq").asDouble(),
                n.path("chan").asInt(),
                n.path("rfch").asInt(),
                n.path("stat").asInt(1),
                n.path("datr").asText(""),
                n.path("codr").asText(""),
                n.path("rssi").asInt(),
                n.path("lsnr").asDouble(),
                phy);
    }
}
