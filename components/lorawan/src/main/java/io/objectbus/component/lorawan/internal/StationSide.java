// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.internal.Deduplicator.Heard;
import io.objectbus.component.lorawan.station.Eu868;
import io.objectbus.component.lorawan.station.StationFrames;
import io.objectbus.component.lorawan.station.StationLink;
import io.objectbus.component.lorawan.station.StationListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network server's side of the Basics Station protocol: a station's connection is its gateway being up; its
 * version gets the router_config; its updf and jreq frames take the packet forwarder's path (deduplication, session,
 * MIC); its dntxed confirms a downlink. Bad messages are refused with the station's EUI, the connection stays.
 */
final class StationSide implements StationListener {

    private static final Logger LOG = LoggerFactory.getLogger(StationSide.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Messages a station may send that this server has no use for. */
    private static final Set<String> IGNORED = Set.of("propdf", "rmtsh", "getxtime", "event");

    private static final long GPS_EPOCH_UNIX_MICROS = 315_964_800_000_000L;
    /** TAI-UTC minus 19 s: unchanged since 2017-01-01. */
    private static final long LEAP_SECONDS_SINCE_GPS_EPOCH = 18;

    private final NetworkServer server;

    StationSide(NetworkServer server) {
        this.server = server;
    }

    /** The dnmsg of a downlink: the station picks RX1 or RX2 from the uplink's xtime and rctx. */
    static String dnmsg(ServerSettings settings, Downlinks.Answer answer, byte[] phy, int token) {
        Heard uplink = answer.heard();
        int rx2Dr = Math.max(0, Eu868.index(settings.rx2DataRate()));
        return StationFrames.dnmsg(
                        answer.devEui(),
                        token,
                        phy,
                        answer.delaySeconds(),
                        new StationFrames.Heard(uplink.rxpk(), uplink.rctx()),
                        rx2Dr,
                        settings.rx2Frequency())
                .toString();
    }

    @Override
    public void connected(long eui, StationLink link) {
        server.run(() -> {
            Gateways.Gateway g = server.gateways().get(eui);
            g.station = link;
            g.up = true;
            server.listener().onGateway(Hex.eui(eui), true, "Basics Station connected from " + link.remote());
        });
    }

    @Override
    public void message(long eui, StationLink link, String text) {
        server.run(() -> handle(eui, link, text));
    }

    @Override
    public void closed(long eui, StationLink link, String reason) {
        server.run(() -> {
            Gateways.Gateway g = server.gateways().get(eui);
            if (g.station == link) {
                g.station = null;
                g.up = false;
                server.listener().onGateway(Hex.eui(eui), false, "Basics Station " + reason);
            }
        });
    }

    @Override
    public void refused(String reason, String text) {
        server.run(() -> server.refuse(reason, null, text.getBytes(StandardCharsets.UTF_8)));
    }

    private void handle(long eui, StationLink link, String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (IOException e) {
            server.refuse("Basics Station message does not parse: " + e.getMessage(), eui, raw);
            return;
        }
        String type = m == null ? "" : m.path("msgtype").asText("");
        switch (type) {
            case "version" -> version(eui, link, m);
            case "updf", "jreq" -> frame(eui, m, raw);
            case "dntxed" -> server.downlinks().txAck(m.path("diid").asInt(), null);
            case "timesync" -> link.send(timesync(m, Instant.now()));
            default -> {
                if (IGNORED.contains(type)) {
                    LOG.debug("Basics Station {}: {} ignored", Hex.eui(eui), type);
                } else {
                    server.refuse("unknown Basics Station message type '" + type + "'", eui, raw);
                }
            }
        }
    }

    /**
     * The answer to a station's timesync: its txtime back with the GPS time now, microseconds since the GPS epoch
     * (1980-01-06T00:00:00Z) with the leap seconds since then, which a station without a GPS receiver aligns its clock
     * to (LNS protocol, "Time synchronization").
     */
    static String timesync(JsonNode request, Instant now) {
        long unixMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        long gpsMicros = unixMicros - GPS_EPOCH_UNIX_MICROS + LEAP_SECONDS_SINCE_GPS_EPOCH * 1_000_000L;
        ObjectNode answer = JSON.createObjectNode().put("msgtype", "timesync");
        answer.set("txtime", request.path("txtime"));
        return answer.put("gpstime", gpsMicros).toString();
    }

    private void version(long eui, StationLink link, JsonNode m) {
        LOG.info(
                "Basics Station {} version {} (protocol {}, model {})",
                Hex.eui(eui),
                m.path("station").asText("?"),
                m.path("protocol").asText("?"),
                m.path("model").asText("?"));
        link.send(Eu868.routerConfig(server.settings().netId()).toString());
    }

    private void frame(long eui, JsonNode m, byte[] raw) {
        try {
            StationFrames.Heard heard = StationFrames.heard(m);
            server.hear(new Heard(eui, heard.rxpk(), heard.rctx()));
        } catch (FrameException e) {
            server.refuse("Basics Station " + m.path("msgtype").asText() + " refused: " + e.getMessage(), eui, raw);
        }
    }
}
