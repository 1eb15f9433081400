// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.VersionInfo;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP EnOcean gateway, as a ser2net relay of a USB 300 would be: it streams real ESP3 frames of simulated devices to
 * every connected client, answers common commands (CO_RD_VERSION, CO_RD_IDBASE, CO_WR/RD_LEARNMODE) and radio
 * telegrams with a RESPONSE, hands sent telegrams to the devices and streams their answers back. {@link #faults()}
 * switches on garbage, split frames and bad CRCs.
 */
public final class GatewaySimulator implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySimulator.class);

    private final List<SimulatedDevice> devices = new CopyOnWriteArrayList<>();
    private final List<SimulatorSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Esp3Packet> received = new CopyOnWriteArrayList<>();
    private final Faults faults = new Faults();
    private final Random random = new Random(7);
    private final InetAddress bindAddress;
    private final int requestedPort;
    private final int baseId;
    private ServerSocket server;
    private ScheduledExecutorService scheduler;
    private volatile boolean learnMode;

    /**
     * @param bindAddress where to listen, e.g. 127.0.0.1
     * @param port        the TCP port, 0 for any free one
     * @param baseId      the base ID the gateway reports, 0xFF800000..0xFFFFFF80
     */
    public GatewaySimulator(InetAddress bindAddress, int port, int baseId) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.baseId = baseId;
    }

    public synchronized GatewaySimulator start() throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bindAddress, requestedPort));
        Thread acceptor = new Thread(this::acceptLoop, "enocean-sim-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("EnOcean gateway simulator listening on {}:{}", bindAddress.getHostAddress(), port());
        return this;
    }

    /** The port the simulator listens on. */
    public int port() {
        return server.getLocalPort();
    }

    public GatewaySimulator add(SimulatedDevice device) {
        devices.add(device);
        return this;
    }

    public List<SimulatedDevice> devices() {
        return List.copyOf(devices);
    }

    public Faults faults() {
        return faults;
    }

    /** How many clients are connected. */
    public int clients() {
        return sessions.size();
    }

    public int baseId() {
        return baseId;
    }

    public boolean learnMode() {
        return learnMode;
    }

    void learnMode(boolean on) {
        this.learnMode = on;
    }

    VersionInfo version() {
        return new VersionInfo("2.11.1.0", "2.6.3.0", 0x0183ABCD, 0x45530100, "GATEWAYSIM");
    }

    /** Closes every client connection, as a relay restart would; clients are expected to reconnect. */
    public void dropClients() {
        sessions.forEach(SimulatorSession::close);
    }

    /** Every packet clients sent, in order. */
    public List<Esp3Packet> received() {
        return List.copyOf(received);
    }

    /** Streams a telegram to every client as if heard on the radio, with the faults switched on. */
    public void emit(Erp1Telegram telegram) {
        List<byte[]> pieces = faults.shape(Erp1Telegram.Serializer.encode(telegram));
        sessions.forEach(s -> s.write(pieces));
    }

    /** Streams raw bytes to every client, as line noise. */
    public void emitRaw(byte[] bytes) {
        sessions.forEach(s -> s.write(List.of(bytes)));
    }

    /** Every device reports its state once. */
    public void emitAll() {
        devices.forEach(d -> emit(d.telegram()));
    }

    /** Lets every device drift and report at a fixed period, as a live site does. */
    public synchronized void runPeriodically(long periodMillis) {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "enocean-sim-devices");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        // The listener first: a client that reconnects at once must be refused, not accepted by a closing simulator
        // into a session nobody closes (it would answer requests but never stream telegrams).
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.debug("Simulator close failed", e);
        }
        sessions.forEach(SimulatorSession::close);
    }

    /** A telegram the gateway sent: every device may answer, and the answers go out on the radio stream. */
    void transmit(Erp1Telegram telegram) {
        List<Erp1Telegram> answers = new ArrayList<>();
        devices.forEach(d -> answers.addAll(d.receive(telegram)));
        answers.forEach(this::emit);
    }

    void record(Esp3Packet packet) {
        received.add(packet);
    }

    void remove(SimulatorSession session) {
        sessions.remove(session);
    }

    private void tick() {
        for (SimulatedDevice device : devices) {
            device.drift(random);
            emit(device.telegram());
        }
    }

    /** Under the lock close() takes: a session accepted while the simulator closes is refused, never left open. */
    private synchronized boolean register(SimulatorSession session) {
        if (server.isClosed()) {
            return false;
        }
        sessions.add(session);
        return true;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                SimulatorSession session = new SimulatorSession(socket, this);
                if (!register(session)) {
                    socket.close();
                    return;
                }
                Thread t = new Thread(session, "enocean-sim-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                LOG.debug("Simulator accept ended: {}", e.getMessage());
            }
        }
    }
}
