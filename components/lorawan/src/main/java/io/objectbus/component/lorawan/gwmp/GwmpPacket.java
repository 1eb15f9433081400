// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.gwmp;

import io.objectbus.component.lorawan.frame.FrameException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One datagram of the Semtech packet forwarder protocol: version (1, 1 or 2) | random token (2) | identifier (1) |
 * [gateway EUI (8), in packets a gateway sends] | [JSON: PUSH_DATA, PULL_RESP, optional in TX_ACK]. The EUI is in
 * network byte order (big-endian), unlike LoRaWAN fields.
 *
 * @param version    protocol version, 1 or 2
 * @param token      the 16-bit token an acknowledgement repeats
 * @param type       the packet identifier
 * @param gatewayEui the gateway's EUI, 0 in packets the server sends
 * @param json       the JSON object as UTF-8 text, empty where the packet has none
 */
public record GwmpPacket(int version, int token, GwmpType type, long gatewayEui, String json) {

    /** Reads and writes datagrams. */
    public static final class Serializer {

        private Serializer() {}

        public static GwmpPacket decode(byte[] data, int length) throws FrameException {
            if (length < 4) {
                throw new FrameException("datagram of " + length + " bytes, at least 4 expected");
            }
            int version = data[0] & 0xFF;
            if (version != 1 && version != 2) {
                throw new FrameException("protocol version " + version + ", 1 or 2 expected");
            }
            GwmpType type = GwmpType.of(data[3] & 0xFF);
            if (type == null) {
                throw new FrameException("unknown packet identifier 0x" + Integer.toHexString(data[3] & 0xFF));
            }
            int token = (data[1] & 0xFF) << 8 | (data[2] & 0xFF);
            int header = type.fromGateway() ? 12 : 4;
            if (length < header) {
                throw new FrameException(type + " of " + length + " bytes has no gateway EUI");
            }
            long eui = type.fromGateway() ? ByteBuffer.wrap(data, 4, 8).getLong() : 0;
            String json = new String(Arrays.copyOfRange(data, header, length), StandardCharsets.UTF_8);
            return new GwmpPacket(version, token, type, eui, json);
        }

        public static byte[] encode(GwmpPacket p) {
            byte[] json = p.json == null ? new byte[0] : p.json.getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(4 + (p.type.fromGateway() ? 8 : 0) + json.length);
            b.put((byte) p.version).putShort((short) p.token).put((byte) p.type.id());
            if (p.type.fromGateway()) {
                b.putLong(p.gatewayEui);
            }
            return b.put(json).array();
        }
    }
}
