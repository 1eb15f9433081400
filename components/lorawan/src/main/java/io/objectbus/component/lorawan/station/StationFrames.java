// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.gwmp.Rxpk;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The frames of the Basics Station LNS protocol: a station sends a data uplink as {@code updf} and a Join-Request as
 * {@code jreq} with the PHYPayload split into fields (MHdr, DevAddr, FCtrl, FCnt, FOpts, FPort, FRMPayload, MIC;
 * MHdr, JoinEui, DevEui, DevNonce, MIC) and the radio metadata (DR, Freq, upinfo: rctx, xtime, rxtime, rssi, snr);
 * the server sends a class A downlink as {@code dnmsg}.
 */
public final class StationFrames {

    /** A frame a station heard: its PHYPayload and metadata as the packet forwarder path has them, and its rctx. */
    public record Heard(Rxpk rxpk, long rctx) {}

    private static final HexFormat HEX = HexFormat.of();

    private StationFrames() {}

    /** The PHYPayload and metadata of an updf or jreq. */
    public static Heard heard(JsonNode m) throws FrameException {
        byte[] phy = "jreq".equals(m.path("msgtype").asText()) ? joinRequest(m) : dataUplink(m);
        JsonNode up = m.path("upinfo");
        int dr = required(m, "DR").asInt();
        Rxpk rxpk = new Rxpk(
                required(up, "xtime").asLong(),
                up.path("rxtime").asDouble() > 0 ? rxtime(up.path("rxtime").asDouble()) : null,
                required(m, "Freq").asLong() / 1e6,
                0,
                0,
                1,
                Eu868.dataRate(dr),
                "4/5",
                (int) Math.round(up.path("rssi").asDouble()),
                up.path("snr").asDouble(),
                phy);
        return new Heard(rxpk, up.path("rctx").asLong());
    }

    /**
     * A class A dnmsg: the station sends pdu in RX1 (RxDelay after the uplink's xtime, its frequency and data rate)
     * or, when it cannot, in RX2. diid comes back in the station's dntxed.
     */
    public static ObjectNode dnmsg(
            long devEui, int diid, byte[] pdu, int rxDelay, Heard uplink, int rx2Dr, double rx2Frequency) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("msgtype", "dnmsg")
                .put("DevEui", Eui64.dashed(devEui))
                .put("dC", 0)
                .put("diid", diid)
                .put("pdu", HEX.formatHex(pdu))
                .put("RxDelay", rxDelay)
                .put("RX1DR", Eu868.index(uplink.rxpk().dataRate()))
                .put("RX1Freq", Math.round(uplink.rxpk().frequency() * 1e6))
                .put("RX2DR", rx2Dr)
                .put("RX2Freq", Math.round(rx2Frequency * 1e6))
                .put("priority", 0)
                .put("xtime", uplink.rxpk().tmst())
                .put("rctx", uplink.rctx());
        return d;
    }

    private static byte[] dataUplink(JsonNode m) throws FrameException {
        ByteArrayOutputStream phy = new ByteArrayOutputStream(64);
        phy.write(mhdr(m));
        littleEndian(phy, required(m, "DevAddr").asLong(), 4);
        phy.write(required(m, "FCtrl").asInt());
        littleEndian(phy, required(m, "FCnt").asInt(), 2);
        phy.writeBytes(hex(m, "FOpts"));
        int fPort = m.path("FPort").asInt(-1);
        if (fPort >= 0) {
            phy.write(fPort);
            phy.writeBytes(hex(m, "FRMPayload"));
        }
        littleEndian(phy, required(m, "MIC").asLong(), 4);
        return phy.toByteArray();
    }

    private static byte[] joinRequest(JsonNode m) throws FrameException {
        ByteArrayOutputStream phy = new ByteArrayOutputStream(23);
        phy.write(mhdr(m));
        littleEndian(phy, Eui64.parse(required(m, "JoinEui")), 8);
        littleEndian(phy, Eui64.parse(required(m, "DevEui")), 8);
        littleEndian(phy, required(m, "DevNonce").asInt(), 2);
        littleEndian(phy, required(m, "MIC").asLong(), 4);
        return phy.toByteArray();
    }

    /** The station's spelling is MHdr; some servers' examples write Mhdr. */
    private static int mhdr(JsonNode m) throws FrameException {
        JsonNode n = m.has("MHdr") ? m.get("MHdr") : m.get("Mhdr");
        if (n == null || !n.isIntegralNumber()) {
            throw new FrameException(m.path("msgtype").asText() + " without MHdr");
        }
        return n.asInt();
    }

    private static JsonNode required(JsonNode m, String field) throws FrameException {
        JsonNode n = m.get(field);
        if (n == null || !n.isNumber() && !n.isTextual()) {
            throw new FrameException(m.path("msgtype").asText("message") + " without " + field);
        }
        return n;
    }

    private static byte[] hex(JsonNode m, String field) throws FrameException {
        try {
            return HEX.parseHex(m.path(field).asText(""));
        } catch (IllegalArgumentException e) {
            throw new FrameException(field + " is not hex: " + e.getMessage());
        }
    }

    private static void littleEndian(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static String rxtime(double seconds) {
        return Instant.ofEpochMilli(Math.round(seconds * 1000)).toString();
    }
}
