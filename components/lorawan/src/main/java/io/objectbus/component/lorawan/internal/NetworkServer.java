// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.internal.Deduplicator.Heard;
import io.objectbus.component.lorawan.station.StationTransport;
import java.io.IOException;
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
 * A LoRaWAN 1.0.x network server on the Semtech packet forwarder protocol ({@link PacketForwarderSide}) and the LoRa
 * Basics Station protocol ({@link StationSide}): tracks which gateways are up, deduplicates the frames they hear and
 * hands them to {@link Frames}, and sends downlinks through the transport of the gateway that heard the uplink.
 * Everything but the sockets' receive loops runs on one worker thread, in order.
 */
public final class NetworkServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkServer.class);

    private final ServerSettings settings;
    private final NetworkListener listener;
    private final ScheduledExecutorService worker;
    private final SessionStore store;
    private final Gateways gateways;
    private final Deduplicator deduplicator = new Deduplicator();
    private final Downlinks downlinks;
    private final Frames frames;
    private PacketForwarderSide forwarders;
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
                server.forwarders = new PacketForwarderSide(server, name);
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
        return forwarders == null ? -1 : forwarders.port();
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
        if (forwarders != null) {
            forwarders.close();
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

    /** A frame a gateway heard, from either transport: the first copy opens its deduplication window. */
    void hear(Heard heard) {
        if (deduplicator.add(heard)) {
            worker.schedule(
                    () -> deduplicator.close(heard.rxpk().phy(), frames::handle),
                    settings.dedupWindowMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private boolean answer(Downlinks.Answer answer, byte[] phy, int token) {
        Gateways.Gateway g = gateways.get(answer.gatewayEui());
        if (g.station != null) {
            g.station.send(StationSide.dnmsg(settings, answer, phy, token));
            return true;
        }
        return forwarders != null && forwarders.send(g, answer, phy, token);
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
