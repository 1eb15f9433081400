// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * MQTT 3.1.1 packets written by hand (OASIS MQTT 3.1.1, sections 3.1 CONNECT and 3.3 PUBLISH), for a client that does
 * what no library client does: withhold its PUBRELs. Short packets only (remaining length below 128).
 */
final class RawMqtt {

    private RawMqtt() {}

    static byte[] connect(String clientId) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4); // protocol level 3.1.1
        body.write(0x02); // clean session
        body.write(0);
        body.write(60); // keep alive, seconds
        string(body, clientId);
        return packet(0x10, body.toByteArray());
    }

    static byte[] publishQos2(String topic, int packetId, String payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, topic);
        body.write(packetId >> 8);
        body.write(packetId & 0xff);
        body.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        return packet(0x34, body.toByteArray());
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }

    private static byte[] packet(int header, byte[] body) {
        if (body.length >= 128) {
            throw new IllegalArgumentException("a short packet only");
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(header);
        packet.write(body.length);
        packet.writeBytes(body);
        return packet.toByteArray();
    }
}
