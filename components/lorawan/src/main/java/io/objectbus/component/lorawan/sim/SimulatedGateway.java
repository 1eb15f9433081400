// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.gwmp.GwmpPacket;
import io.objectbus.component.lorawan.gwmp.GwmpType;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway running the Semtech packet forwarder (protocol v2) over real UDP: PULL_DATA keep-alives, PUSH_DATA with
 * rxpk for the frames its devices send, PULL_RESP frames handed to its devices and answered with TX_ACK.
 */
public final class SimulatedGateway implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long eui;
    private final InetSocketAddress server;
    private final List<SimulatedDevice> devices = new CopyOnWriteArrayList<>();
    private final DatagramSocket socket;
    private final ScheduledExecutorService timer;
    private final AtomicInteger token = new AtomicInteger();
    private final AtomicInteger acks = new AtomicInteger();
    private final List<String> txpks = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> keepAlive;

    /** Binds 127.0.0.1 on a port the kernel picks and starts the keep-alives (every keepAliveMillis). */
    public SimulatedGateway(String eui, InetSocketAddress server, long keepAliveMillis) throws IOException {
        this.eui = Hex.eui(eui);
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-gateway-" + eui);
            t.setDaemon(true);
            return t;
        });
        Thread receiver = new Thread(this::receive, "sim-gateway-rx-" + eui);
        receiver.setDaemon(true);
        receiver.start();
        keepAlive = timer.scheduleWithFixedDelay(this::pull, 0, keepAliveMillis, TimeUnit.MILLISECONDS);
    }

    public void add(SimulatedDevice device) {
        devices.add(device);
    }

    /** Stops the PULL_DATA keep-alives (the gateway seems gone to the server). */
    public void silence() {
        keepAlive.cancel(false);
    }

    /** PUSH_DATA with one rxpk carrying phy as heard at rssi and snr on 868.1 MHz SF7BW125. */
    public void hear(byte[] phy, int rssi, double snr) {
        ObjectNode rxpk = JSON.createObjectNode();
        rxpk.put("tmst", (System.nanoTime() / 1000) & 0xFFFFFFFFL)
                .put("chan", 0)
                .put("rfch", 0);
        rxpk.put("freq", 868.1)
                .put("stat", 1)
                .put("modu", "LORA")
                .put("datr", "SF7BW125")
                .put("codr", "4/5");
        rxpk.put("rssi", rssi).put("lsnr", snr).put("size", phy.length);
        rxpk.put("data", Base64.getEncoder().encodeToString(phy));
        ObjectNode root = JSON.createObjectNode();
        root.putArray("rxpk").add(rxpk);
        push(root.toString());
    }

    /** PUSH_DATA with the given JSON (a stat object, or anything). */
    public void push(String json) {
        send(new GwmpPacket(2, token.incrementAndGet() & 0xFFFF, GwmpType.PUSH_DATA, eui, json));
    }

    /** Sends bytes as they are. */
    public void sendRaw(byte[] datagram) {
        transmit(datagram);
    }

    /** PUSH_ACKs and PULL_ACKs received. */
    public int acks() {
        return acks.get();
    }

    /** The txpk JSON of every PULL_RESP received. */
    public List<String> txpks() {
        return txpks;
    }

    private void pull() {
        send(new GwmpPacket(2, token.incrementAndGet() & 0xFFFF, GwmpType.PULL_DATA, eui, ""));
    }

    private void send(GwmpPacket packet) {
        transmit(GwmpPacket.Serializer.encode(packet));
    }

    private void transmit(byte[] data) {
        try {
            socket.send(new DatagramPacket(data, data.length, server));
        } catch (IOException e) {
            // The server is gone: a real gateway keeps trying too.
        }
    }

    private void receive() {
        byte[] buffer = new byte[65535];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                socket.receive(p);
                handle(GwmpPacket.Serializer.decode(buffer, p.getLength()));
            } catch (IOException | FrameException e) {
                // closed, or not for a gateway: ignored as a packet forwarder does
            }
        }
    }

    private void handle(GwmpPacket packet) throws IOException {
        if (packet.type() == GwmpType.PUSH_ACK || packet.type() == GwmpType.PULL_ACK) {
            acks.incrementAndGet();
        } else if (packet.type() == GwmpType.PULL_RESP) {
            JsonNode txpk = JSON.readTree(packet.json()).path("txpk");
            txpks.add(txpk.toString());
            byte[] phy = Base64.getDecoder().decode(txpk.path("data").asText());
            devices.forEach(d -> d.receive(phy));
            send(new GwmpPacket(2, packet.token(), GwmpType.TX_ACK, eui, "{\"txpk_ack\":{\"error\":\"NONE\"}}"));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        socket.close();
    }
}
