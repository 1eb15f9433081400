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
import io.objectbus.component.lorawan.station.StationTransport;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LoRaWAN 1.0.x network server on the Semtech packet forwarder protocol and, through {@link StationSide}, the LoRa
 * Basics Station protocol: acknowledges the gateways' PUSH_DATA and PULL_DATA, tracks which gateways are up,
 * deduplicates the frames they hear and hands them to {@link Frames}, and sends downlinks as PULL_RESP (or dnmsg).
 * Everything but the sockets' receive loops runs on one worker thread, in order.
 */
public final class NetworkServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSettings settings;
    private final NetworkListener listener;
    private final ScheduledExecutorService worker;
    private final SessionStore store;
    private final Gateways gateways;
    private final Deduplicator deduplicator = new Deduplicator();
    private final Downlinks downlinks;
    private final Frames frames;
    private UdpTransport transport;
    private StationTransport stations;

    private NetworkServer(String name, ServerSettings settings, NetworkListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lorawan-" + name));
        this.store = new SessionStore(settings.sessionFile());
        this.gateways = new Gateways(settings.gatewayTimeoutMillis());
        this.downlinks = new Downlinks(this::answer, settings.rx1DelaySeconds() + (settings.rx2() ? 1 : 0));
        Map<Long, OtaaDevice> otaa = new HashMap<>();
        settings.otaa().forEach(d -> otaa.put(d.devEui(), d));
        this.frames = new Frames(
                settings, store, otaa, downlinks, listener, this::refuse, (answer, phy) -> answer(answer, phy, 0));
    }

    /** Loads the sessions, binds the UDP port and starts serving; fails when the port cannot be bound. */
    public static NetworkServer start(String name, ServerSettings settings, NetworkListener listener)
            throws IOException {
        NetworkServer server = new NetworkServer(name, settings, listener);
        server.store.load();
        for (AbpDevice d : settings.abp()) {
            server.abp(d);
        }
        try {
            if (settings.packetForwarder()) {
                server.transport = new UdpTransport(settings.host(), settings.port(), name, server::received);
            }
            if (settings.basicsStation()) {
                server.stations = StationTransport.start(
                        settings.host(), settings.stationPort(), settings.stationTls(), new StationSide(server));
            }
        } catch (IOException e) {
            server.close();
            throw e;
        }
        server.worker.scheduleWithFixedDelay(server::tick, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    /** The UDP port the server listens on, -1 without the packet forwarder transport. */
    public int port() {
        return transport == null ? -1 : transport.port();
    }

    /** The TCP port of the Basics Station transport, -1 without it. */
    public int stationPort() {
        return stations == null ? -1 : stations.port();
    }

    /** Queues a downlink for the device's next uplink; the future ends with sent/acknowledged or the failure. */
    public CompletableFuture<String> send(long devEui, int fPort, byte[] payload, boolean confirmed) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        long deadline = System.nanoTime() + settings.downlinkTimeoutMillis() * 1_000_000L;
        run(() -> {
            if (store.byEui(devEui) == null) {
                outcome.completeExceptionally(new DownlinkException("no session for DevEUI " + Hex.eui(devEui)));
            } else {
                downlinks.enqueue(new Downlinks.Downlink(devEui, fPort, payload, confirmed, outcome, deadline));
            }
        });
        return outcome;
    }

    @Override
    public void close() {
        if (transport != null) {
            transport.close();
        }
        if (stations != null) {
            stations.close();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.save();
    }

    private void abp(AbpDevice d) {
        Session known = store.byEui(d.devEui());
        Session s = new Session(d.devEui(), d.devAddr(), d.nwkSKey(), d.appSKey(), false);
        if (known != null && !known.otaa && known.devAddr == d.devAddr()) {
            s.fCntUp = known.fCntUp;
            s.fCntDown = known.fCntDown;
        }
        store.put(s);
    }

    private void received(byte[] data, SocketAddress from) {
        run(() -> handle(data, from));
    }

    private void handle(byte[] data, SocketAddress from) {
        GwmpPacket packet;
        try {
            packet = GwmpPacket.Serializer.decode(data, data.length);
        } catch (FrameException e) {
            refuse("not a packet forwarder datagram from " + from + ": " + e.getMessage(), null, data);
            return;
        }
        switch (packet.type()) {
            case PUSH_DATA -> pushData(packet, from);
            case PULL_DATA -> pullData(packet, from);
            case TX_ACK -> txAck(packet);
            default -> refuse("unexpected " + packet.type() + " from " + from, packet.gatewayEui(), data);
        }
    }

    private void pushData(GwmpPacket packet, SocketAddress from) {
        reply(packet, GwmpType.PUSH_ACK, from);
        JsonNode root;
        try {
            root = JSON.readTree(packet.json());
        } catch (IOException e) {
            refuse(
                    "PUSH_DATA JSON does not parse: " + e.getMessage(),
                    packet.gatewayEui(),
                    packet.json().getBytes());
            return;
        }
        for (JsonNode n : root.path("rxpk")) {
            rxpk(packet.gatewayEui(), n);
        }
        if (root.has("stat")) {
            listener.onStats(Hex.eui(packet.gatewayEui()), root.get("stat").toString());
        }
    }

    private void rxpk(long gatewayEui, JsonNode n) {
        try {
            Rxpk rxpk = Rxpk.of(n);
            if (rxpk.crcStatus() < 0) {
                refuse("radio CRC failed", gatewayEui, rxpk.phy());
            } else {
                hear(new Heard(gatewayEui, rxpk, 0));
            }
        } catch (FrameException e) {
            refuse(e.getMessage(), gatewayEui, n.toString().getBytes());
        }
    }

    /** A frame a gateway heard, from either transport: the first copy opens its deduplication window. */
    void hear(Heard heard) {
        if (deduplicator.add(heard)) {
            worker.schedule(
                    () -> deduplicator.close(heard.rxpk().phy(), frames::handle),
                    settings.dedupWindowMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void pullData(GwmpPacket packet, SocketAddress from) {
        reply(packet, GwmpType.PULL_ACK, from);
        if (gateways.pulled(packet.gatewayEui(), from, packet.version(), System.nanoTime())) {
            listener.onGateway(Hex.eui(packet.gatewayEui()), true, "PULL_DATA from " + from);
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
        downlinks.txAck(packet.token(), error);
    }

    private boolean answer(Downlinks.Answer answer, byte[] phy, int token) {
        Gateways.Gateway g = gateways.get(answer.gatewayEui());
        if (g.station != null) {
            g.station.send(StationSide.dnmsg(settings, answer, phy, token));
            return true;
        }
        if (g.pullAddress == null || transport == null) {
            return false;
        }
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
            downlinks.txAck(token, null);
        }
        return true;
    }

    private void reply(GwmpPacket packet, GwmpType type, SocketAddress to) {
        byte[] ack = GwmpPacket.Serializer.encode(new GwmpPacket(packet.version(), packet.token(), type, 0, ""));
        transport.send(ack, to);
    }

    void refuse(String reason, Long gatewayEui, byte[] data) {
        long count = gatewayEui == null ? 0 : ++gateways.get(gatewayEui).errors;
        LOG.warn(
                "Refused LoRaWAN input{}: {}",
                gatewayEui == null ? "" : " from gateway " + Hex.eui(gatewayEui),
                reason);
        listener.onError(reason, gatewayEui == null ? null : Hex.eui(gatewayEui), count, data);
    }

    private void tick() {
        long now = System.nanoTime();
        gateways.expire(
                now,
                (eui, timeout) -> listener.onGateway(Hex.eui(eui), false, "no PULL_DATA for " + timeout / 1000 + " s"));
        downlinks.expire(now);
        store.save();
    }

    void run(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("LoRaWAN server task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Server stopped; dropped a task");
        }
    }

    Gateways gateways() {
        return gateways;
    }

    Downlinks downlinks() {
        return downlinks;
    }

    NetworkListener listener() {
        return listener;
    }

    ServerSettings settings() {
        return settings;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
