// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.internal.DaliServerMessage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daliserver (Tridonic DALI-USB multiplexer) on loopback in front of a {@link SimulatedBus}: each client's 4-byte
 * requests are answered in order, and the bus's event messages go to every client as bus-frame messages (see
 * {@link DaliServerMessage}). {@link #answerGarbageOnce()} makes the next answer garbage.
 */
public final class DaliServerSimulator implements GatewaySimulator {

    private static final Logger LOG = LoggerFactory.getLogger(DaliServerSimulator.class);

    private final SimulatedBus bus;
    private final LoopbackListener listener;
    private volatile boolean garbageOnce;
    private volatile boolean garbageToLevels;

    /** Listens on 127.0.0.1 at {@code port} (0: the kernel picks one). */
    public DaliServerSimulator(SimulatedBus bus, int port) throws IOException {
        this.bus = bus;
        this.listener = new LoopbackListener("dali-sim", port, this::serve);
    }

    public int port() {
        return listener.port();
    }

    public SimulatedBus bus() {
        return bus;
    }

    public void answerGarbageOnce() {
        garbageOnce = true;
    }

    /** While on, every direct arc power frame (a level write) gets a garbage answer and changes nothing. */
    public void answerGarbageToLevels(boolean on) {
        garbageToLevels = on;
    }

    private void serve(Socket client) {
        Consumer<ForwardFrame> monitor = f -> send(client, busFrame(f));
        bus.addMonitor(monitor);
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            byte[] request = new byte[4];
            while (true) {
                in.readFully(request);
                send(client, answer(request));
            }
        } catch (IOException e) {
            LOG.debug("DALI simulator client left: {}", e.getMessage());
        } finally {
            bus.removeMonitor(monitor);
        }
    }

    private byte[] answer(byte[] request) {
        boolean level = request[0] == DaliServerMessage.VERSION_16
                && (request[2] & 0x01) == 0
                && (request[2] & 0xE0) != 0xA0
                && (request[2] & 0xE0) != 0xC0;
        if (garbageOnce || garbageToLevels && level) {
            garbageOnce = false;
            return new byte[] {0x7F, 0x42, 0x13, 0x37};
        }
        int version = request[0] & 0xFF;
        int bits = version == DaliServerMessage.VERSION_24 ? 24 : 16;
        int data = bits == 16
                ? (request[2] & 0xFF) << 8 | request[3] & 0xFF
                : (request[1] & 0xFF) << 16 | (request[2] & 0xFF) << 8 | request[3] & 0xFF;
        if (version != DaliServerMessage.VERSION_16 && version != DaliServerMessage.VERSION_24) {
            return new byte[] {(byte) version, (byte) DaliServerMessage.STATUS_ERROR, 0, 0};
        }
        ForwardFrame frame = bits == 16 ? classify(data) : new ForwardFrame(24, data, sendTwice24(data), false);
        BackwardFrame reply = bus.handle(frame);
        return DaliServerMessage.encodeResponse(bits, reply);
    }

    private static ForwardFrame classify(int data) {
        try {
            return ForwardFrame.Serializer.decode(new byte[] {(byte) (data >> 8), (byte) data});
        } catch (io.objectbus.component.dali.frame.FrameException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 103 configuration commands (opcodes below 0x30 to a device or instance) are sent twice too. */
    static boolean sendTwice24(int data) {
        int opcode = data & 0xFF;
        return (data & 0x10000) != 0 && (opcode < 0x30 || opcode >= 0x60 && opcode < 0x80);
    }

    private static byte[] busFrame(ForwardFrame f) {
        int d = f.data();
        return new byte[] {(byte) DaliServerMessage.BUS_FRAME_24, (byte) (d >> 16), (byte) (d >> 8), (byte) d};
    }

    private static void send(Socket client, byte[] message) {
        synchronized (client) {
            try {
                OutputStream out = client.getOutputStream();
                out.write(message);
                out.flush();
            } catch (IOException e) {
                LOG.debug("DALI simulator could not write to a client: {}", e.getMessage());
            }
        }
    }

    /** Drops every client connection but keeps listening (a gateway that restarted). */
    public void dropClients() {
        listener.dropClients();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
