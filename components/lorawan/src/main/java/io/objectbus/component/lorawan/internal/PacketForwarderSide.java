// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.gwmp.GwmpPacket;
import io.objectbus.component.lorawan.gwmp.GwmpType;
import io.objectbus.component.lorawan.gwmp.Rxpk;
import io.objectbus.component.lorawan.gwmp.Txpk;
import io.objectbus.component.lorawan.internal.Deduplicator.Heard;
import java.io.IOException;
import java.net.SocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network server's side of the Semtech packet forwarder protocol (GWMP) on its UDP port: acknowledges PUSH_DATA
 * and PULL_DATA, hands the rxpk frames to the server's deduplication, reports stats, a gateway up at its PULL_DATA,
 * and TX_ACKs; sends downlinks as PULL_RESP. Datagrams are handled on the server's worker thread.
 */
final class PacketForwarderSide implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PacketForwarderSide.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NetworkServer server;
    private final UdpTransport transport;

    PacketForwarderSide(NetworkServer server, String name) throws IOException {
        this.server = server;
        ServerSettings settings = server.settings();
        this.transport = new UdpTransport(settings.host(), settings.port(), name, this::received);
    }

    int port() {
        return transport.port();
    }

    /** A downlink as PULL_RESP to the gateway's PULL_DATA address; false when the gateway has not pulled yet. */
    boolean send(Gateways.Gateway g, Downlinks.Answer answer, byte[] phy, int token) {
        if (g.pullAddress == null) {
            return false;
        }
        ServerSettings settings = server.settings();
        Txpk txpk = settings.rx2()
                ? new Txpk(
                        answer.tmst() + 1_000_000L,
                        settings.rx2Frequency(),
                        0,
                        settings.txPower(),
                        settings.rx2DataRate(),
                        "4/5",
                        phy)
                : new Txpk(answer.tmst(), answer.frequency(), 0, settings.txPower(), answer.dataRate(), "4/5", phy);
        GwmpPacket resp = new GwmpPacket(g.version, g.version == 1 ? 0 : token, GwmpType.PULL_RESP, 0, txpk.toJson());
        transport.send(GwmpPacket.Serializer.encode(resp), g.pullAddress);
        if (g.version == 1) {
            server.downlinks().txAck(token, null);
        }
        return true;
    }

    @Override
    public void close() {
        transport.close();
    }

    private void received(byte[] data, SocketAddress from) {
        server.run(() -> handle(data, from));
    }

    private void handle(byte[] data, SocketAddress from) {
        GwmpPacket packet;
        try {
            packet = GwmpPacket.Serializer.decode(data, data.length);
        } catch (FrameException e) {
            server.refuse("not a packet forwarder datagram from " + from + ": " + e.getMessage(), null, data);
            return;
        }
        switch (packet.type()) {
            case PUSH_DATA -> pushData(packet, from);
            case PULL_DATA -> pullData(packet, from);
            case TX_ACK -> txAck(packet);
            default -> server.refuse("unexpected " + packet.type() + " from " + from, packet.gatewayEui(), data);
        }
    }

    private void pushData(GwmpPacket packet, SocketAddress from) {
        reply(packet, GwmpType.PUSH_ACK, from);
        JsonNode root;
        try {
            root = JSON.readTree(packet.json());
        } catch (IOException e) {
            server.refuse(
                    "PUSH_DATA JSON does not parse: " + e.getMessage(),
                    packet.gatewayEui(),
                    packet.json().getBytes());
            return;
        }
        for (JsonNode n : root.path("rxpk")) {
            rxpk(packet.gatewayEui(), n);
        }
        if (root.has("stat")) {
            server.listener()
                    .onStats(Hex.eui(packet.gatewayEui()), root.get("stat").toString());
        }
    }

    private void rxpk(long gatewayEui, JsonNode n) {
        try {
            Rxpk rxpk = Rxpk.of(n);
            if (rxpk.crcStatus() < 0) {
                server.refuse("radio CRC failed", gatewayEui, rxpk.phy());
            } else {
                server.hear(new Heard(gatewayEui, rxpk, 0));
            }
        } catch (FrameException e) {
            server.refuse(e.getMessage(), gatewayEui, n.toString().getBytes());
        }
    }

    private void pullData(GwmpPacket packet, SocketAddress from) {
        reply(packet, GwmpType.PULL_ACK, from);
        if (server.gateways().pulled(packet.gatewayEui(), from, packet.version(), System.nanoTime())) {
            server.listener().onGateway(Hex.eui(packet.gatewayEui()), true, "PULL_DATA from " + from);
        }
    }

    private void txAck(GwmpPacket packet) {
        String error = null;
        try {
            JsonNode ack = packet.json().isBlank() ? null : JSON.readTree(packet.json());
            error = ack == null ? null : ack.path("txpk_ack").path("error").asText(null);
        } catch (IOException e) {
            LOG.debug("TX_ACK JSON does not parse: {}", e.getMessage());
        }
        server.downlinks().txAck(packet.token(), error);
    }

    private void reply(GwmpPacket packet, GwmpType type, SocketAddress to) {
        byte[] ack = GwmpPacket.Serializer.encode(new GwmpPacket(packet.version(), packet.token(), type, 0, ""));
        transport.send(ack, to);
    }
}
